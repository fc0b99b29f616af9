package org.tongxin.platform.kernel;

/** Every aggregate of every context belongs to one organisation; the audit trail files it there. */
public interface OrganisationOwned {

    Long organisationId();
}
