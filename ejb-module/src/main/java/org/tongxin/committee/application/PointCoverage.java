package org.tongxin.committee.application;

/** Contact points (联系点) of a set of organisations: live ones, and how many of them have a member assigned now. */
public record PointCoverage(long points, long covered) implements java.io.Serializable {

    /** The covered share (0–1), null without points. */
    public Double rate() {
        return points == 0 ? null : (double) covered / points;
    }
}
