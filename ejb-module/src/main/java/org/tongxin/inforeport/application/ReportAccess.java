package org.tongxin.inforeport.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * Who may reach a report: one the caller may see (an author of it; an editor or leader of a level on its
 * path), its first author, an information editor of the level that holds it. A report out of sight is
 * not found (404); a move of the wrong part is forbidden (403).
 */
@Dependent
class ReportAccess {

    @Inject
    ReportRepository reports;

    /** The report if the caller may see it, else not found. */
    Report visible(Caller caller, long id) {
        return reports.report(id)
                .filter(r -> reports.inScope(id, scope(caller)))
                .orElseThrow(() -> Problem.notFound("report"));
    }

    /** The report, locked, if the caller is its first author. */
    Report asFirstAuthor(Caller caller, long id) {
        visible(caller, id);
        if (!firstAuthor(caller, id)) {
            throw Problem.forbidden();
        }
        return reports.lock(id);
    }

    /** The report, locked, if the caller is an information editor of the level that holds it. */
    Report asEditor(Caller caller, long id) {
        Report report = visible(caller, id);
        if (!editorHere(caller, report)) {
            throw Problem.forbidden();
        }
        return reports.lock(id);
    }

    boolean firstAuthor(Caller caller, long id) {
        return reports.authors(id).stream()
                .anyMatch(a -> a.first() && a.accountId() != null && a.accountId() == caller.accountId());
    }

    static boolean editorHere(Caller caller, Report report) {
        return caller.hasRole(Role.INFO_EDITOR)
                && report.currentOrganisationId() == caller.visible().ownId();
    }

    ReportRepository.Scope scope(Caller caller) {
        boolean editorial = caller.hasAnyRole(Role.INFO_EDITOR, Role.LEADER);
        return new ReportRepository.Scope(
                caller.hasRole(Role.MEMBER) ? caller.accountId() : null,
                editorial ? caller.visible().ownId() : null);
    }
}
