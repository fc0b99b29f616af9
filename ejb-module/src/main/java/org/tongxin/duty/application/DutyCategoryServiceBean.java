package org.tongxin.duty.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.tongxin.duty.domain.Category;
import org.tongxin.duty.domain.DutyLedger;
import org.tongxin.duty.domain.RuleSet;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * Duty categories per organisation. A new category joins every rule set its organisation already has, with its
 * standard line and without a new revision: it has no entries yet, so no score changes. Later years take its standard
 * line until their rule set names it; from then on the rules page changes its points, with the preview.
 */
@Stateless
public class DutyCategoryServiceBean implements DutyCategoryService {

    @Inject
    DutyLedger ledger;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public List<CategoryDetails> categories() {
        return list(caller().visible().ownId());
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public List<CategoryDetails> categories(long organisationId) {
        if (!callers.organisationVisible(caller(), organisationId)) {
            throw Problem.notFound("organisation");
        }
        return list(organisationId);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public CategoryDetails create(CategoryChange change) {
        Caller caller = caller();
        long org = caller.visible().ownId();
        CategoryChange c = required(change);
        Category.Terms terms = new Category.Terms(c.nameZh(), c.nameEn(), c.points(), c.annualCap());
        String code = Category.code(org, (int) ledger.ownCategoryCount(org) + 1);
        Category category =
                new Category(org, code, Boolean.TRUE.equals(c.deduction()), terms, caller.username(), clock.instant());
        unique(org, category);
        ledger.add(category);
        for (RuleSet rs : ledger.ruleSets(org)) {
            rs.addCategory(code, category.line());
        }
        ledger.flush();
        return details(category);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public CategoryDetails update(long id, CategoryChange change) {
        Caller caller = caller();
        Category category = own(caller, id);
        CategoryChange c = required(change);
        if (c.deduction() != null && c.deduction() != category.deduction()) {
            throw Problem.field("deduction", "invalid-input", "problem.category.deduction-fixed");
        }
        category.change(
                new Category.Terms(c.nameZh(), c.nameEn(), c.points(), c.annualCap()),
                caller.username(),
                clock.instant());
        unique(category.organisationId(), category);
        ledger.flush();
        return details(category);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public CategoryDetails retire(long id) {
        Caller caller = caller();
        Category category = own(caller, id);
        category.retire(caller.username(), clock.instant());
        ledger.flush();
        return details(category);
    }

    private List<CategoryDetails> list(long organisationId) {
        return ledger.categories(organisationId).stream()
                .map(DutyCategoryServiceBean::details)
                .toList();
    }

    /** One of the caller's organisation's own categories; a built-in is a conflict, another's is not found. */
    private Category own(Caller caller, long id) {
        Category category = ledger.category(id)
                .filter(c ->
                        c.builtIn() || c.organisationId() == caller.visible().ownId())
                .orElseThrow(() -> Problem.notFound("category"));
        if (category.builtIn()) {
            throw Problem.conflict("built-in-category", "problem.category.built-in");
        }
        return category;
    }

    /** Names are unique within an organisation in each language (the database says so too). */
    private void unique(long organisationId, Category category) {
        for (Category other : ledger.categories(organisationId)) {
            if (other == category || other.builtIn()) {
                continue;
            }
            if (other.nameZh().equals(category.nameZh())) {
                throw Problem.conflict("duplicate-category", "problem.category.duplicate", category.nameZh());
            }
            if (other.nameEn().equalsIgnoreCase(category.nameEn())) {
                throw Problem.conflict("duplicate-category", "problem.category.duplicate", category.nameEn());
            }
        }
    }

    private static CategoryChange required(CategoryChange change) {
        if (change == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return change;
    }

    static CategoryDetails details(Category c) {
        return new CategoryDetails(
                c.id(),
                c.code(),
                c.builtIn(),
                c.manual(),
                c.deduction(),
                c.organisationId(),
                c.nameZh(),
                c.nameEn(),
                c.points(),
                c.annualCap(),
                c.retired(),
                c.version(),
                c.updatedAt(),
                c.updatedBy());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
