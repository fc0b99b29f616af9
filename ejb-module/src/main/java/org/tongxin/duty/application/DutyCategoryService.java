package org.tongxin.duty.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The duty categories an organisation uses: the built-ins that modules credit, and the ones its office adds (its own
 * work method, without code). Office staff manage the caller's organisation's own categories.
 */
@Local
public interface DutyCategoryService {

    /** The built-ins and the caller's organisation's own categories, retired ones too. */
    List<CategoryDetails> categories();

    /**
     * The categories of an organisation the caller may see, to name them on the rules, record and ranking pages
     * (members too, for their own record); refused as not found otherwise.
     */
    List<CategoryDetails> categories(long organisationId);

    /** Adds a category of the caller's organisation's own; a name already used there is a conflict. */
    CategoryDetails create(CategoryChange change);

    /** Renames one of the organisation's own categories and changes its standard points and cap. */
    CategoryDetails update(long id, CategoryChange change);

    /** Retires one of the organisation's own categories: no new entries, history stays. */
    CategoryDetails retire(long id);
}
