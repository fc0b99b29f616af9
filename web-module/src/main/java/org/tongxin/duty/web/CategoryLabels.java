package org.tongxin.duty.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tongxin.duty.application.CategoryDetails;
import org.tongxin.duty.application.DutyCategoryService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Pages;

/**
 * {@code #{dutyCategories.label(code)}}: a duty category's name in the reader's language, for every page that shows
 * ledger entries or rules. A built-in is named by the bundle; an organisation's own category (code
 * {@code C<organisation>-<n>}) by its names, read once per request and organisation.
 */
@Named("dutyCategories")
@RequestScoped
public class CategoryLabels {

    @EJB
    DutyCategoryService categories;

    private final Map<String, CategoryDetails> known = new HashMap<>();
    private final Set<Long> loaded = new HashSet<>();

    public String label(String code) {
        if (code == null) {
            return "";
        }
        if (!code.startsWith("C") || code.indexOf('-') < 0) {
            return Pages.text("category." + code);
        }
        CategoryDetails c = known.get(code);
        if (c == null) {
            load(organisationOf(code));
            c = known.get(code);
        }
        if (c == null) {
            return code;
        }
        return Pages.english() ? c.nameEn() : c.nameZh();
    }

    private void load(Long organisationId) {
        if (organisationId == null || !loaded.add(organisationId)) {
            return;
        }
        try {
            categories.categories(organisationId).forEach(c -> known.put(c.code(), c));
        } catch (Problem | EJBAccessException e) {
            // not visible to the reader: the code stands for the name
        }
    }

    private static Long organisationOf(String code) {
        try {
            return Long.valueOf(code.substring(1, code.indexOf('-')));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
