package org.tongxin.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws the path of each information report along the moves of {@code org.tongxin.inforeport.domain.ReportAction}
 * and writes its rows: the report, its authors, its versions, every step of its path, its adoptions and its
 * leaders' instructions, as the application's services would have recorded them.
 *
 * <p>A report is written by a member of its organisation (a county or district mostly, a city sometimes, the
 * province rarely), with up to three co-authors of the same organisation, and submitted; the editors of the
 * organisation take it up, may return it to the author once (who revises and submits it again, or leaves it),
 * and decline or adopt it, editing the title of some they adopt. An adopted report may earn a leader's
 * instruction, and may be forwarded to the organisation above, where the same happens again, up to the
 * province. Every step takes time (editors act on working days, 08:30 to 18:00); a report whose next step
 * would fall after {@link ProvinceData#AS_OF} stays where it is, so the last weeks hold reports still waiting,
 * and a few reports stall anyway. A small share of adoptions is voided.
 */
final class ReportPaths {

    /** An organisation, with its editor account and its active members. */
    static final class Org {
        final long id;
        final String code;
        final String name;
        final String level;
        final String place;
        Org parent;
        String editor;
        String editorName;
        final List<Member> members = new ArrayList<>();
        double[] memberCumulative;
        double weight;

        Org(long id, String code, String name, String level) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.level = level;
            this.place = name.endsWith("政协") ? name.substring(0, name.length() - 2) : name;
        }
    }

    /** A member who may write reports, with their login. */
    record Member(long id, String name, long accountId, String username) {}

    /** One chunk's rows for the six tables, copied in this order. */
    static final class Batches {
        final CopyBatch report = new CopyBatch(
                "ir_report",
                "id, version, organisation_id, current_organisation_id, title, body,"
                        + " proposals, topic, state, created_by, created_at, submitted_at, updated_at, combined");
        final CopyBatch author = new CopyBatch("ir_author", "report_id, position, member_id, account_id, member_name");
        final CopyBatch version = new CopyBatch(
                "ir_version", "id, report_id, number, kind, title, body, proposals, written_by," + " written_at");
        final CopyBatch transition = new CopyBatch(
                "ir_transition",
                "id, report_id, organisation_id, action, from_state, to_state,"
                        + " actor, actor_name, occurred_at, note");
        final CopyBatch adoption = new CopyBatch(
                "ir_adoption",
                "id, report_id, organisation_id, org_level, adopted_at, adopted_by,"
                        + " voided_at, void_reason, live_key");
        final CopyBatch instruction = new CopyBatch(
                "ir_instruction",
                "id, report_id, leader_name, leader_level, given_on, text,"
                        + " department, result, recorded_by, recorded_at");

        /** Copies the six tables, frozen; answers the rows the server took. */
        long send(Connection c) throws SQLException {
            long n = 0;
            for (CopyBatch b : List.of(report, author, version, transition, adoption, instruction)) {
                n += b.send(c, true);
            }
            return n;
        }
    }

    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;
    private static final int CST = 8 * 3600;
    /** Nothing happens from this instant on: the end of {@link ProvinceData#AS_OF} in China Standard Time. */
    static final long END = ProvinceData.AS_OF.plusDays(1).toEpochDay() * DAY - CST;

    private static final String[] TWO = ReportTexts.TWO_WORDS.split(" ");
    private static final double STAYS_DRAFT = 0.015;
    private static final double NEVER_TAKEN_UP = 0.008;
    private static final double RETURNED = 0.10;
    private static final double STAYS_RETURNED = 0.35;
    private static final double STALLS_IN_EDITING = 0.005;
    private static final double EDITED = 0.30;
    private static final double VOIDED = 0.003;

    private final List<Org> orgs;
    private final double[] orgCumulative;
    private final ReportTexts texts;
    private final Random random;
    /** The organisation whose editors the benchmark logs in as: how many reports they see is counted. */
    private final Org watched;

    private final String[] days;
    private final long firstDay;

    private long versionId;
    private long transitionId;
    private long adoptionId;
    private long instructionId;

    final Map<String, Long> states = new LinkedHashMap<>();
    final Map<String, Long> origins = new LinkedHashMap<>();
    long transitions;
    long versions;
    long authors;
    long adoptions;
    long voided;
    long instructions;
    long forwarded;
    long textChars;
    long visibleToWatched;
    long commonWord;
    long rareWord;
    long[] twoWords = new long[3];

    ReportPaths(List<Org> orgs, Org watched, ReportTexts texts, Random random) {
        this.orgs = orgs;
        this.watched = watched;
        this.texts = texts;
        this.random = random;
        orgCumulative = new double[orgs.size()];
        double sum = 0;
        for (int i = 0; i < orgs.size(); i++) {
            sum += orgs.get(i).weight;
            orgCumulative[i] = sum;
        }
        for (String s : List.of("DRAFT", "SUBMITTED", "EDITING", "RETURNED", "DECLINED", "ADOPTED")) {
            states.put(s, 0L);
        }
        for (String l : List.of("PROVINCE", "CITY", "COUNTY")) {
            origins.put(l, 0L);
        }
        firstDay = ReportData.FIRST_DAY.toEpochDay() - 2;
        days = new String[(int) (ProvinceData.AS_OF.toEpochDay() - firstDay) + 3];
        for (int i = 0; i < days.length; i++) {
            days[i] = LocalDate.ofEpochDay(firstDay + i).toString();
        }
    }

    /**
     * The instants {@code n} reports were written, oldest first, from {@link ReportData#FIRST_DAY} to
     * {@link ProvinceData#AS_OF}: weekdays busier than weekends, January to March (before the plenary
     * sessions) busier than the rest, each year a little busier than the one before; between 07:00 and 23:00.
     */
    long[] writtenAt(int n) {
        int span = (int) (ProvinceData.AS_OF.toEpochDay() - ReportData.FIRST_DAY.toEpochDay()) + 1;
        double[] cumulative = new double[span];
        double sum = 0;
        for (int d = 0; d < span; d++) {
            LocalDate day = ReportData.FIRST_DAY.plusDays(d);
            double w = day.getDayOfWeek().getValue() >= 6 ? 0.4 : 1.0;
            w *= day.getMonthValue() <= 3 ? 1.25 : 1.0;
            w *= 0.85 + 0.3 * d / span;
            sum += w;
            cumulative[d] = sum;
        }
        long[] at = new long[n];
        long first = ReportData.FIRST_DAY.toEpochDay();
        for (int i = 0; i < n; i++) {
            int d = ReportTexts.pick(cumulative, random);
            at[i] = (first + d) * DAY - CST + 7 * HOUR + random.nextInt(16 * 3600);
        }
        java.util.Arrays.sort(at);
        return at;
    }

    /** Draws the reports {@code from} (inclusive) to {@code to} (exclusive); report ids are their indexes plus one. */
    Batches draw(long[] writtenAt, int from, int to) {
        Batches b = new Batches();
        for (int i = from; i < to; i++) {
            report(b, i + 1L, writtenAt[i]);
        }
        return b;
    }

    /** The steps of one report. */
    private final class Path {
        final Batches b;
        final long id;
        final Org origin;
        final Member first;
        String state = "DRAFT";
        Org current;
        long updated;
        long submitted;
        int moves;
        int versionNo;
        boolean watchedSaw;

        Path(Batches b, long id, Org origin, Member first) {
            this.b = b;
            this.id = id;
            this.origin = origin;
            this.first = first;
            this.current = origin;
        }

        /** A move by the first author. */
        void author(String action, String to, long at) {
            step(origin, action, to, first.username(), first.name(), null, at);
        }

        /** A move by the information editor of the organisation holding the report. */
        void editor(String action, String to, String note, long at) {
            step(current, action, to, current.editor, current.editorName, note, at);
        }

        void step(Org at, String action, String to, String actor, String actorName, String note, long when) {
            b.transition
                    .number(++transitionId)
                    .number(id)
                    .number(at.id)
                    .plain(action)
                    .plain("CREATE".equals(action) ? null : state)
                    .plain(to)
                    .plain(actor)
                    .text(actorName)
                    .plain(stamp(when))
                    .text(note)
                    .endRow();
            transitions++;
            if (at == watched && !"CREATE".equals(action) && !"REVISE".equals(action)) {
                watchedSaw = true;
            }
            // the moves that change the report's row (Report.move); an instruction or a voided adoption does not
            if (!"INSTRUCT".equals(action) && !"VOID_ADOPTION".equals(action)) {
                updated = when;
                if (!"CREATE".equals(action)) {
                    moves++;
                }
            }
            state = to;
        }

        void version(ReportTexts.Text text, String kind, String by, long at) {
            b.version
                    .number(++versionId)
                    .number(id)
                    .number(++versionNo)
                    .plain(kind)
                    .plain(text.title())
                    .plain(escapeBody(text.body()))
                    .plain(text.proposals())
                    .plain(by)
                    .plain(stamp(at))
                    .endRow();
            versions++;
        }
    }

    private void report(Batches b, long id, long written) {
        Org origin = orgs.get(ReportTexts.pick(orgCumulative, random));
        Member first = origin.members.get(ReportTexts.pick(origin.memberCumulative, random));
        List<Member> authorList = coAuthors(origin, first);
        String topic = texts.topic(random);
        ReportTexts.Text text = texts.compose(topic, origin.place, random);
        boolean toReturn = random.nextDouble() < RETURNED;
        ReportTexts.Text current = toReturn ? ReportTexts.firstDraft(text) : text;

        Path p = new Path(b, id, origin, first);
        p.author("CREATE", "DRAFT", written);
        p.version(current, "AUTHOR", first.username(), written);
        current = walk(p, text, current, topic, toReturn, written);

        b.report
                .number(id)
                .number(p.moves)
                .number(origin.id)
                .number(p.current.id)
                .plain(current.title())
                .plain(escapeBody(current.body()))
                .plain(current.proposals())
                .plain(topic)
                .plain(p.state)
                .number(first.accountId())
                .plain(stamp(written))
                .plain(p.submitted == 0 ? null : stamp(p.submitted))
                .plain(stamp(p.updated))
                .bool(false)
                .endRow();
        for (int i = 0; i < authorList.size(); i++) {
            Member m = authorList.get(i);
            b.author
                    .number(id)
                    .number(i)
                    .number(m.id())
                    .number(m.accountId())
                    .text(m.name())
                    .endRow();
        }
        authors += authorList.size();
        states.merge(p.state, 1L, Long::sum);
        origins.merge(origin.level, 1L, Long::sum);
        textChars += current.length();
        if (!"DRAFT".equals(p.state) && (p.watchedSaw || p.current == watched)) {
            visibleToWatched++;
        }
        count(current);
    }

    /**
     * Submits the report and takes it up the tree, level by level, until a level declines it, keeps it, or
     * time runs out; answers the text as it stands at the end.
     */
    private ReportTexts.Text walk(
            Path p, ReportTexts.Text full, ReportTexts.Text text, String topic, boolean toReturn, long written) {
        ReportTexts.Text current = text;
        if (random.nextDouble() < STAYS_DRAFT) {
            return current;
        }
        long t = authorTime(written
                + (random.nextDouble() < 0.6
                        ? hours(0.5 + 5.5 * random.nextDouble())
                        : hours(24 + 72 * random.nextDouble())));
        if (t >= END) {
            return current;
        }
        p.author("SUBMIT", "SUBMITTED", t);
        p.submitted = t;
        boolean edited = false;
        for (int level = 0; ; level++) {
            if (level == 0 && random.nextDouble() < NEVER_TAKEN_UP) {
                return current;
            }
            t = editorTime(t + exponential(level == 0 ? 2 * DAY : 4 * DAY) + HOUR);
            if (t >= END) {
                return current;
            }
            p.editor("START_EDITING", "EDITING", null, t);
            if (level == 0 && toReturn) {
                t = editorTime(t + hours(1 + 7 * random.nextDouble()));
                if (t >= END) {
                    return current;
                }
                p.editor("RETURN", "RETURNED", ReportTexts.returnNote(random), t);
                if (random.nextDouble() < STAYS_RETURNED) {
                    return current;
                }
                t = authorTime(t + hours(24 + 216 * random.nextDouble()));
                if (t >= END) {
                    return current;
                }
                current = full;
                p.author("REVISE", "RETURNED", t);
                p.version(current, "AUTHOR", p.first.username(), t);
                t += hours(0.1 + 2 * random.nextDouble());
                if (t >= END) {
                    return current;
                }
                p.author("SUBMIT", "SUBMITTED", t);
                p.submitted = t;
                t = editorTime(t + exponential(DAY) + HOUR);
                if (t >= END) {
                    return current;
                }
                p.editor("START_EDITING", "EDITING", null, t);
            }
            if (random.nextDouble() < STALLS_IN_EDITING) {
                return current;
            }
            t = editorTime(t + exponential(1.5 * DAY) + HOUR / 2);
            if (t >= END) {
                return current;
            }
            if (random.nextDouble() < declineShare(level, p.current)) {
                p.editor("DECLINE", "DECLINED", ReportTexts.declineReason(random), t);
                return current;
            }
            if (!edited && random.nextDouble() < EDITED) {
                edited = true;
                current = ReportTexts.edited(current, p.current.place);
                p.editor("EDIT", "EDITING", null, t);
                p.version(current, "EDITOR", p.current.editor, t);
                t = editorTime(t + hours(0.2 + 2 * random.nextDouble()));
                if (t >= END) {
                    return current;
                }
            }
            p.editor("ADOPT", "ADOPTED", null, t);
            long adoption = ++adoptionId;
            adoptions++;
            long after = t;
            if (random.nextDouble() < instructionShare(p.current)) {
                after = instruct(p, topic, t);
            }
            if (after == t && random.nextDouble() < VOIDED) {
                long at = editorTime(t + 5 * DAY + exponential(10 * DAY));
                if (at < END) {
                    writeAdoption(p, adoption, t, at);
                    p.editor("VOID_ADOPTION", "ADOPTED", "经核实，所反映情况与事实不符", at);
                    return current;
                }
            }
            writeAdoption(p, adoption, t, 0);
            if (p.current.parent == null || random.nextDouble() >= forwardShare(p.current)) {
                return current;
            }
            t = editorTime(after + hours(2 + 70 * random.nextDouble()));
            if (t >= END) {
                return current;
            }
            p.editor("FORWARD", "SUBMITTED", p.current.parent.name, t);
            forwarded++;
            p.current = p.current.parent;
        }
    }

    private void writeAdoption(Path p, long id, long at, long voidedAt) {
        p.b.adoption
                .number(id)
                .number(p.id)
                .number(p.current.id)
                .plain(p.current.level)
                .plain(stamp(at))
                .plain(p.current.editor)
                .plain(voidedAt == 0 ? null : stamp(voidedAt))
                .text(voidedAt == 0 ? null : "经核实，所反映情况与事实不符")
                .plain(voidedAt == 0 ? p.id + ":" + p.current.id : null)
                .endRow();
        if (voidedAt != 0) {
            voided++;
        }
    }

    /** A leader's instruction on the report just adopted, recorded by the level's editor; answers when it was recorded. */
    private long instruct(Path p, String topic, long adopted) {
        String level = p.current.level;
        if ("PROVINCE".equals(level) && random.nextInt(100) < 15) {
            level = "NATIONAL";
        } else if (!"PROVINCE".equals(level) && random.nextInt(100) < 15) {
            level = "COUNTY".equals(level) ? "CITY" : "PROVINCE";
        }
        long given = adopted + 3 * DAY + (long) (random.nextDouble() * 17 * DAY);
        long recorded = editorTime(given + DAY + (long) (random.nextDouble() * 4 * DAY));
        if (recorded >= END) {
            return adopted;
        }
        String leader = leader(level, p.current, random);
        String department = texts.department(topic, random);
        p.b.instruction
                .number(++instructionId)
                .number(p.id)
                .text(leader)
                .plain(level)
                .plain(days[dayIndex(given)])
                .text(ReportTexts.instruction(department, random))
                .text(department)
                .text(ReportTexts.result(random))
                .plain(p.current.editor)
                .plain(stamp(recorded))
                .endRow();
        instructions++;
        p.editor("INSTRUCT", "ADOPTED", leader, recorded);
        return recorded;
    }

    private static String leader(String level, Org at, Random random) {
        String[] titles = switch (level) {
            case "NATIONAL" -> new String[] {"全国政协副主席", "国务院有关部委负责同志"};
            case "PROVINCE" -> new String[] {"省委书记", "省长", "省委副书记", "常务副省长", "分管副省长"};
            case "CITY" -> new String[] {"市委书记", "市长", "市委副书记", "常务副市长", "分管副市长"};
            default -> {
                String x = at.place.endsWith("区") ? "区" : "县";
                yield new String[] {x + "委书记", x + "长", x + "委副书记", "常务副" + x + "长", "分管副" + x + "长"};
            }
        };
        return titles[random.nextInt(titles.length)];
    }

    /** The origin declines 38 %; a city declines 45 % of what counties forward, the province 55 % of what cities do. */
    private static double declineShare(int level, Org at) {
        return level == 0 ? 0.38 : "PROVINCE".equals(at.level) ? 0.55 : 0.45;
    }

    private static double instructionShare(Org at) {
        return switch (at.level) {
            case "PROVINCE" -> 0.06;
            case "CITY" -> 0.04;
            default -> 0.03;
        };
    }

    private static double forwardShare(Org at) {
        return "COUNTY".equals(at.level) ? 0.30 : 0.25;
    }

    /** The first author, then none (62 %), one (24 %), two (10 %) or three (4 %) co-authors of the same organisation. */
    private List<Member> coAuthors(Org org, Member first) {
        int r = random.nextInt(100);
        int n = Math.min(org.members.size() - 1, r < 62 ? 0 : r < 86 ? 1 : r < 96 ? 2 : 3);
        List<Member> list = new ArrayList<>(n + 1);
        list.add(first);
        while (list.size() < n + 1) {
            Member m = org.members.get(random.nextInt(org.members.size()));
            if (!list.contains(m)) {
                list.add(m);
            }
        }
        return list;
    }

    private void count(ReportTexts.Text text) {
        if (text.contains(ReportTexts.COMMON_WORD)) {
            commonWord++;
        }
        if (text.contains(ReportTexts.RARE_WORD)) {
            rareWord++;
        }
        boolean a = text.contains(TWO[0]);
        boolean c = text.contains(TWO[1]);
        twoWords[0] += a ? 1 : 0;
        twoWords[1] += c ? 1 : 0;
        twoWords[2] += a && c ? 1 : 0;
    }

    /** The next moment an editor works: weekdays, 08:30 to 18:00 (a little after the start when the day is new). */
    private long editorTime(long t) {
        long local = t + CST;
        long day = Math.floorDiv(local, DAY);
        long second = Math.floorMod(local, DAY);
        boolean moved = false;
        if (second >= 18 * HOUR) {
            day++;
            moved = true;
        } else if (second < 8 * HOUR + 1800) {
            moved = true;
        }
        int weekday = (int) Math.floorMod(day + 3, 7);
        if (weekday >= 5) {
            day += 7 - weekday;
            moved = true;
        }
        if (moved) {
            second = 8 * HOUR + 1800 + random.nextInt(7200);
        }
        return day * DAY + second - CST;
    }

    /** The next moment an author writes: 07:00 to 22:30 any day. */
    private long authorTime(long t) {
        long local = t + CST;
        long day = Math.floorDiv(local, DAY);
        long second = Math.floorMod(local, DAY);
        if (second >= 22 * HOUR + 1800) {
            return (day + 1) * DAY + 7 * HOUR + random.nextInt(10_800) - CST;
        }
        if (second < 7 * HOUR) {
            return day * DAY + 7 * HOUR + random.nextInt(10_800) - CST;
        }
        return t;
    }

    private long exponential(double mean) {
        return (long) Math.min(60 * DAY, -mean * Math.log(1 - random.nextDouble()));
    }

    private static long hours(double h) {
        return (long) (h * HOUR);
    }

    private int dayIndex(long t) {
        return (int) (Math.floorDiv(t + CST, DAY) - firstDay);
    }

    /** An instant as PostgreSQL's text format takes it, in China Standard Time. */
    private String stamp(long t) {
        return Stamps.at(days[dayIndex(t)], (int) Math.floorMod(t + CST, DAY));
    }

    /** The body's line breaks as the text format wants them; the generated texts hold no other character to escape. */
    private static String escapeBody(String body) {
        return body.replace("\n", "\\n");
    }
}
