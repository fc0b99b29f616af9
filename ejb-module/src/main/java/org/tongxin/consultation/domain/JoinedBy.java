package org.tongxin.consultation.domain;

/** How a participant came to a consultation: invited (or added) by the office, or signed up by the member. */
public enum JoinedBy {
    INVITED,
    SIGNED_UP
}
