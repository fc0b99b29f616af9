package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.platform.kernel.VisibleOrganisations;

@Stateless
public class OrganisationServiceBean implements OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    OrganisationSheet sheet;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.SYS_ADMIN_CODE,
        Role.SECURITY_ADMIN_CODE,
        Role.AUDIT_ADMIN_CODE
    })
    public List<OrganisationDetails> visible() {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        return organisations.matching(visible.pathPattern()).stream()
                .map(OrganisationDetails::of)
                .toList();
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.SYS_ADMIN_CODE,
        Role.SECURITY_ADMIN_CODE,
        Role.AUDIT_ADMIN_CODE
    })
    public OrganisationDetails get(long id) {
        return OrganisationDetails.of(visibleOrganisation(id));
    }

    @Override
    /** The public contact card page shows the organisation's name to anyone holding a card's token: only the name. */
    @PermitAll
    public String publicName(long id) {
        return organisations
                .byId(id)
                .map(org.tongxin.platform.domain.Organisation::name)
                .orElseThrow(() -> Problem.notFound("organisation"));
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public OrganisationDetails create(long parentId, String code, String name) {
        Organisation parent = visibleOrganisation(parentId);
        Organisation child = parent.addChild(code, name, clock.instant());
        if (organisations.byCode(child.code()).isPresent()) {
            throw new Problem(
                    Problem.Kind.CONFLICT,
                    "duplicate-code",
                    "problem.organisation.duplicate-code",
                    java.util.Map.of("code", "problem.organisation.duplicate-code"),
                    child.code());
        }
        organisations.add(child);
        return OrganisationDetails.of(child);
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public OrganisationDetails rename(long id, String name, int expectedVersion) {
        Organisation organisation = visibleOrganisation(id);
        if (organisation.version() != expectedVersion) {
            throw Problem.conflict("stale", "problem.stale");
        }
        organisation.rename(name);
        return OrganisationDetails.of(organisation);
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public OrganisationDetails update(long id, String name, Long parentId, String timeZone, int expectedVersion) {
        Organisation organisation = visibleOrganisation(id);
        if (organisation.version() != expectedVersion) {
            throw Problem.conflict("stale", "problem.stale");
        }
        if (name != null) {
            organisation.rename(name);
        }
        if (timeZone != null && !timeZone.isBlank()) {
            organisation.changeTimeZone(timeZone.strip());
        }
        Long currentParent =
                organisation.parent() == null ? null : organisation.parent().id();
        if (parentId != null && !parentId.equals(currentParent)) {
            Organisation newParent = organisations
                    .byId(parentId)
                    .filter(o -> callers.visible(session.getCallerPrincipal()).includes(o.path()))
                    .orElseThrow(
                            () -> Problem.field("parentId", "invalid-parent", "problem.organisation.parent-unknown"));
            String oldPath = organisation.path();
            organisation.moveUnder(newParent);
            // the subtree in tree order (a parent before its children), each re-pathed from its parent's new path
            for (Organisation o : organisations.matching(oldPath + "%")) {
                o.repath();
            }
        }
        return OrganisationDetails.of(organisation);
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public OrganisationDetails retire(long id) {
        Organisation organisation = visibleOrganisation(id);
        if (organisation.parent() == null) {
            throw Problem.conflict("organisation-root-fixed", "problem.organisation.root-fixed");
        }
        for (Organisation o : organisations.matching(organisation.path() + "%")) {
            o.retire(clock.instant());
        }
        return OrganisationDetails.of(organisation);
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public byte[] template() {
        return sheet.template();
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public OrganisationImportResult importTree(byte[] xlsx, boolean apply) {
        List<OrganisationSheet.SheetRow> rows;
        try {
            rows = sheet.read(new java.io.ByteArrayInputStream(xlsx == null ? new byte[0] : xlsx), MAX_IMPORT_ROWS);
        } catch (OrganisationSheet.Unreadable e) {
            throw Problem.field("file", "invalid-file", e.messageKey(), MAX_IMPORT_ROWS);
        }
        if (rows.isEmpty()) {
            throw Problem.field("file", "invalid-file", "problem.organisation.import.empty");
        }
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        List<OrganisationImportResult.RowError> errors = new java.util.ArrayList<>();
        java.util.Map<String, OrganisationSheet.SheetRow> byCode = new java.util.LinkedHashMap<>();
        java.util.Map<OrganisationSheet.SheetRow, org.tongxin.platform.kernel.OrganisationLevel> levels =
                new java.util.HashMap<>();
        for (OrganisationSheet.SheetRow row : rows) {
            String code = row.cell("code") == null ? null : row.cell("code").toUpperCase(java.util.Locale.ROOT);
            if (code == null) {
                errors.add(error(row, "code", "problem.organisation.import.code-required"));
            } else if (!code.matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
                errors.add(error(row, "code", "problem.organisation.code"));
            } else if (byCode.putIfAbsent(code, row) != null) {
                errors.add(error(
                        row,
                        "code",
                        "problem.organisation.import.code-twice",
                        code,
                        byCode.get(code).number()));
            }
            String name = row.cell("name");
            if (name == null || name.length() > 100) {
                errors.add(error(row, "name", "problem.organisation.name"));
            }
            org.tongxin.platform.kernel.OrganisationLevel level = level(row.cell("level"));
            if (level == null) {
                errors.add(error(row, "level", "problem.organisation.import.level", String.valueOf(row.cell("level"))));
            } else {
                levels.put(row, level);
            }
            if (row.cell("parent") == null) {
                errors.add(error(row, "parent", "problem.organisation.import.parent-required"));
            }
        }
        // resolve parents: an organisation the caller keeps, or another row of the file; a row's level is its parent's
        // child level
        int created = 0;
        int unchanged = 0;
        for (OrganisationSheet.SheetRow row : rows) {
            String code = row.cell("code") == null ? null : row.cell("code").toUpperCase(java.util.Locale.ROOT);
            String parentCode =
                    row.cell("parent") == null ? null : row.cell("parent").toUpperCase(java.util.Locale.ROOT);
            org.tongxin.platform.kernel.OrganisationLevel level = levels.get(row);
            java.util.Optional<Organisation> existing =
                    code == null ? java.util.Optional.empty() : organisations.byCode(code);
            if (existing.isPresent()) {
                Organisation e = existing.get();
                boolean same = visible.includes(e.path())
                        && e.name().equals(row.cell("name"))
                        && e.parent() != null
                        && e.parent().code().equals(parentCode);
                if (same) {
                    unchanged++;
                } else {
                    errors.add(error(row, "code", "problem.organisation.duplicate-code", code));
                }
                continue;
            }
            if (parentCode == null || level == null) {
                continue;
            }
            org.tongxin.platform.kernel.OrganisationLevel parentLevel;
            OrganisationSheet.SheetRow parentRow = byCode.get(parentCode);
            if (parentRow != null && parentRow != row) {
                parentLevel = levels.get(parentRow);
            } else {
                java.util.Optional<Organisation> parent =
                        organisations.byCode(parentCode).filter(o -> visible.includes(o.path()));
                if (parent.isEmpty()) {
                    errors.add(error(row, "parent", "problem.organisation.import.parent-unknown", parentCode));
                    continue;
                }
                if (parent.get().isRetired()) {
                    errors.add(error(
                            row,
                            "parent",
                            "problem.organisation.retired",
                            parent.get().name()));
                    continue;
                }
                parentLevel = parent.get().level();
            }
            if (parentLevel != null && parentLevel.childLevel() != level) {
                errors.add(error(row, "level", "problem.organisation.level"));
                continue;
            }
            created++;
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(OrganisationImportResult.RowError::row)
                    .thenComparing(e -> OrganisationSheet.COLUMNS.indexOf(e.column())));
            return new OrganisationImportResult(false, rows.size(), 0, 0, List.copyOf(errors));
        }
        if (apply) {
            // parents before children: a row waits until its parent exists (levels make the file a forest of depth ≤ 2)
            java.util.List<OrganisationSheet.SheetRow> pending = new java.util.ArrayList<>(rows);
            boolean progress = true;
            while (!pending.isEmpty() && progress) {
                progress = false;
                for (java.util.Iterator<OrganisationSheet.SheetRow> it = pending.iterator(); it.hasNext(); ) {
                    OrganisationSheet.SheetRow row = it.next();
                    String code = row.cell("code").toUpperCase(java.util.Locale.ROOT);
                    if (organisations.byCode(code).isPresent()) {
                        it.remove();
                        progress = true;
                        continue;
                    }
                    java.util.Optional<Organisation> parent =
                            organisations.byCode(row.cell("parent").toUpperCase(java.util.Locale.ROOT));
                    if (parent.isPresent()) {
                        organisations.add(parent.get().addChild(code, row.cell("name"), clock.instant()));
                        it.remove();
                        progress = true;
                    }
                }
            }
            if (!pending.isEmpty()) { // rows whose parents only name each other
                OrganisationSheet.SheetRow row = pending.get(0);
                throw Problem.field(
                        "file", "organisation-cycle", "problem.organisation.import.parent-unknown", row.cell("parent"));
            }
        }
        return new OrganisationImportResult(apply, rows.size(), created, unchanged, List.of());
    }

    private static OrganisationImportResult.RowError error(
            OrganisationSheet.SheetRow row, String column, String key, Object... args) {
        return new OrganisationImportResult.RowError(
                row.number(),
                column,
                key,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private static org.tongxin.platform.kernel.OrganisationLevel level(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "CITY", "市", "市级" -> org.tongxin.platform.kernel.OrganisationLevel.CITY;
            case "COUNTY", "县", "区", "县（区）", "县(区)", "县区", "县级" -> org.tongxin.platform.kernel.OrganisationLevel.COUNTY;
            default -> null;
        };
    }

    /** An organisation the caller may see; any other answers "not found", so its existence stays private. */
    private Organisation visibleOrganisation(long id) {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        return organisations
                .byId(id)
                .filter(o -> visible.includes(o.path()))
                .orElseThrow(() -> Problem.notFound("organisation"));
    }
}
