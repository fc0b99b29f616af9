package org.tongxin.committee.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tongxin.committee.domain.Gender;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.Sector;
import org.tongxin.committee.domain.SpecialCommittee;
import org.tongxin.platform.kernel.PlainText;

/**
 * The checks of one roster row, shared by the roster import and the import that opens a new term: every
 * column's error by row and column, never the first one only. What differs between the two is the term
 * column ({@link TermColumn}) and whether the status column is read.
 */
final class RosterRowCheck {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,30}");

    private RosterRowCheck() {}

    /** A row's facts when it has no error; {@code status} is ACTIVE where the status column is not read. */
    record Checked(Member.Facts facts, SpecialCommittee committee, MemberStatus status)
            implements java.io.Serializable {}

    /** Reads the term column (null when the cell is empty), adding its errors; returns the term or null. */
    interface TermColumn {
        Integer read(String text, Errors e);
    }

    /** The errors of one row. */
    static final class Errors {
        private final int row;
        private final List<ImportResult.RowError> all;
        private boolean any;

        Errors(int row, List<ImportResult.RowError> all) {
            this.row = row;
            this.all = all;
        }

        void add(String column, String key, String... args) {
            all.add(new ImportResult.RowError(row, column, key, List.of(args)));
            any = true;
        }

        boolean any() {
            return any;
        }
    }

    static Checked check(
            RosterSheet.SheetRow row,
            Errors e,
            LocalDate today,
            Map<String, Sector> sectors,
            Map<String, SpecialCommittee> specials,
            TermColumn termColumn,
            boolean readStatus) {
        String key = text(row, "rosterKey", 40, true, e);
        String name = text(row, "name", 50, true, e);
        Gender gender = word(row, "gender", RosterLabels::gender, true, e);
        String ethnicity = text(row, "ethnicity", 20, false, e);
        LocalDate birth = null;
        String birthText = row.cell("birthDate");
        if (birthText != null) {
            try {
                birth = LocalDate.parse(birthText.replace('/', '-').replace('.', '-'));
                if (birth.getYear() < 1900 || !birth.isBefore(today)) {
                    e.add("birthDate", "problem.import.birth-date-range");
                }
            } catch (DateTimeParseException x) {
                e.add("birthDate", "problem.import.date", birthText);
            }
        }
        Party party = word(row, "party", RosterLabels::party, true, e);
        Sector sector = null;
        String sectorName = row.cell("sector");
        if (sectorName != null) {
            sector = sectors.get(sectorName);
            if (sector == null) {
                e.add("sector", "problem.import.unknown-sector", sectorName);
            }
        }
        Integer term = termColumn.read(row.cell("term"), e);
        Position position = word(row, "position", RosterLabels::position, true, e);
        SpecialCommittee committee = null;
        String committeeName = row.cell("committee");
        if (committeeName != null) {
            committee = specials.get(committeeName);
            if (committee == null) {
                e.add("committee", "problem.import.unknown-committee", committeeName);
            }
        }
        String workplace = text(row, "workplace", 100, false, e);
        String title = text(row, "title", 100, false, e);
        String phone = row.cell("phone");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            e.add("phone", "problem.import.phone", phone);
        }
        MemberStatus status = readStatus
                ? Optional.ofNullable(word(row, "status", RosterLabels::status, false, e))
                        .orElse(MemberStatus.ACTIVE)
                : MemberStatus.ACTIVE;
        if (e.any()) {
            return null;
        }
        return new Checked(
                new Member.Facts(
                        key,
                        name,
                        gender,
                        ethnicity == null ? "汉族" : ethnicity,
                        birth,
                        party,
                        sector == null ? null : sector.id(),
                        term,
                        position,
                        workplace,
                        title,
                        phone),
                committee,
                status);
    }

    private static String text(RosterSheet.SheetRow row, String column, int max, boolean required, Errors e) {
        String v = row.cell(column);
        if (v == null) {
            if (required) {
                e.add(column, "problem.import.required");
            }
            return null;
        }
        String bad = PlainText.problem(v, "name".equals(column) || "rosterKey".equals(column));
        if (bad != null) {
            e.add(column, bad);
            return null;
        }
        if (v.length() > max) {
            e.add(column, "problem.import.too-long", String.valueOf(max));
        }
        return v;
    }

    private static <E> E word(
            RosterSheet.SheetRow row, String column, Function<String, Optional<E>> parse, boolean required, Errors e) {
        String v = row.cell(column);
        if (v == null) {
            if (required) {
                e.add(column, "problem.import.required");
            }
            return null;
        }
        Optional<E> found = parse.apply(v);
        if (found.isEmpty()) {
            e.add(column, "problem.member.unknown-value", v);
        }
        return found.orElse(null);
    }
}
