package org.tongxin.duty.domain;

/** Why a ledger entry stopped counting. */
public enum VoidKind {
    /** Voided by office staff, with their reason. */
    MANUAL,
    /** The act it came from was withdrawn in its own module (an adoption voided, a check-in undone). */
    SOURCE,
    /** A changed rule set gave the act other points; a replacement entry names this one. */
    RECOMPUTED
}
