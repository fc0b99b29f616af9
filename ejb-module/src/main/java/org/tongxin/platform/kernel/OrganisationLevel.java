package org.tongxin.platform.kernel;

/** The committee levels of the tree, top down. National is outside this platform. */
public enum OrganisationLevel {
    PROVINCE,
    CITY,
    COUNTY;

    /** The level a child of this level has, or null where nothing may sit below. */
    public OrganisationLevel childLevel() {
        return switch (this) {
            case PROVINCE -> CITY;
            case CITY -> COUNTY;
            case COUNTY -> null;
        };
    }
}
