package org.tongxin.platform.application;

import java.util.List;

/**
 * One item of the "getting started" checklist on the home page of administrators and office staff.
 * Each context contributes its own items as CDI beans in its {@code application} package (the roster,
 * the study hall, the duty ledger), so that the platform asks without knowing their tables.
 */
public interface GettingStartedStep {

    /** Where the item stands in the list (smaller first). */
    int order();

    /** The bundle key of the item's label; its hint is the same key with {@code .hint}. */
    String key();

    /** The page (from the web root, e.g. {@code /platform/organisations.xhtml}) where it is done. */
    String page();

    /** True when something of this kind already exists in these organisations (ids the caller sees). */
    boolean done(List<Long> organisationIds);
}
