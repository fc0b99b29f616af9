package org.tongxin.consultation.domain;

/**
 * Where a consultation activity stands: planned by the office, open for members to sign up, held (attendance
 * credited), or cancelled (its booking released).
 */
public enum ActivityState {
    PLANNED,
    OPEN,
    HELD,
    CANCELLED;

    /** Planned or open: participants, research and speeches may still change. */
    public boolean live() {
        return this == PLANNED || this == OPEN;
    }
}
