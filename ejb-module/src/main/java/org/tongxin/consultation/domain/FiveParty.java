package org.tongxin.consultation.domain;

/**
 * The five parties at a grassroots consultation (五方): members of the CPPCC at both levels, the community party branch,
 * the property company, the police, and residents' representatives.
 */
public enum FiveParty {
    MEMBER,
    PARTY_BRANCH,
    PROPERTY,
    POLICE,
    RESIDENTS
}
