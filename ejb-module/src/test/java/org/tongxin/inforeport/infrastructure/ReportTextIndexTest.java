package org.tongxin.inforeport.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportRepository.Scope;
import org.tongxin.inforeport.domain.ReportSearch;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.inforeport.infrastructure.ReportTextIndex.Doc;

class ReportTextIndexTest {

    private static final long COUNTY = 10;
    private static final long CITY = 1;
    private static final Scope CITY_EDITOR = new Scope(null, CITY);
    private static final Scope COUNTY_EDITOR = new Scope(null, COUNTY);

    private ReportTextIndex index;

    @BeforeEach
    void open() {
        index = new ReportTextIndex(new ByteBuffersDirectory());
        index.put(List.of(
                doc(
                        1,
                        "关于推进农村教育均衡发展的建议",
                        "我县农村教育资源不足，师资流失严重。",
                        ReportState.ADOPTED,
                        CITY,
                        Set.of(COUNTY),
                        100,
                        7,
                        LocalDate.of(2026, 3, 1)),
                doc(
                        2,
                        "农村道路养护问题",
                        "村里的道路坑洼，教育经费也紧张。",
                        ReportState.SUBMITTED,
                        COUNTY,
                        Set.of(COUNTY),
                        101,
                        8,
                        LocalDate.of(2026, 5, 1)),
                doc(
                        3,
                        "城市供水管网老化",
                        "老城区供水管网漏损率高，应加快改造。Ｗｉ-Fi 覆盖 5G",
                        ReportState.EDITING,
                        CITY,
                        Set.of(COUNTY, CITY),
                        100,
                        7,
                        LocalDate.of(2026, 9, 1)),
                doc(
                        4,
                        "农村教育草稿",
                        "尚未提交的农村教育想法",
                        ReportState.DRAFT,
                        COUNTY,
                        Set.of(),
                        102,
                        9,
                        LocalDate.of(2026, 10, 1))));
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aChineseWordIsFoundByItsCharacterPairsInOneField() {
        assertEquals(List.of(1L), ids(COUNTY_EDITOR, "农村教育"), "农村 and 教育 apart (report 2) do not make 农村教育");
        assertEquals(Set.of(1L, 2L), Set.copyOf(ids(COUNTY_EDITOR, "农村 教育")), "two words: both anywhere");
        assertEquals(List.of(3L), ids(COUNTY_EDITOR, "水"), "a single character is a word too");
        assertEquals(List.of(3L), ids(COUNTY_EDITOR, "wi-fi 5g"), "full-width letters fold, case does not matter");
        assertEquals(List.of(), ids(COUNTY_EDITOR, "高铁"));
    }

    @Test
    void theTitleWeighsMoreThanTheBody() {
        index.put(List.of(doc(
                5, "供水问题", "农村教育", ReportState.SUBMITTED, COUNTY, Set.of(COUNTY), 100, 7, LocalDate.of(2026, 1, 1))));
        index.refresh();
        assertEquals(List.of(1L, 5L), ids(COUNTY_EDITOR, "农村教育"));
    }

    @Test
    void visibilityIsTheDatabasesRule() {
        assertEquals(Set.of(1L, 2L, 3L), Set.copyOf(ids(COUNTY_EDITOR, null)), "handled here, never another's draft");
        assertEquals(Set.of(1L, 3L), Set.copyOf(ids(CITY_EDITOR, null)), "held or handled by the city");
        assertEquals(Set.of(4L), Set.copyOf(ids(new Scope(102L, null), null)), "an author sees their draft");
        assertEquals(Set.of(1L, 3L), Set.copyOf(ids(new Scope(100L, null), null)), "co-authors too");
        assertEquals(List.of(), ids(new Scope(null, null), null));
    }

    @Test
    void filtersNarrowTheMatches() {
        assertEquals(
                List.of(2L),
                index.search(
                                COUNTY_EDITOR,
                                new ReportQuery(ReportState.SUBMITTED, null, null, null, null, null, null),
                                0,
                                10)
                        .ids());
        assertEquals(
                List.of(3L),
                index.search(
                                COUNTY_EDITOR,
                                new ReportQuery(null, null, null, null, LocalDate.of(2026, 6, 1), null, null),
                                0,
                                10)
                        .ids());
        assertEquals(
                Set.of(1L, 2L),
                Set.copyOf(index.search(
                                COUNTY_EDITOR,
                                new ReportQuery(
                                        null,
                                        null,
                                        null,
                                        null,
                                        LocalDate.of(2026, 3, 1),
                                        LocalDate.of(2026, 5, 1),
                                        null),
                                0,
                                10)
                        .ids()));
        assertEquals(
                List.of(2L),
                index.search(COUNTY_EDITOR, new ReportQuery(null, null, null, null, null, null, 8L), 0, 10)
                        .ids());
        assertEquals(
                List.of(1L, 3L),
                index
                        .search(COUNTY_EDITOR, new ReportQuery(null, null, null, "CITY", null, null, null), 0, 10)
                        .ids()
                        .stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of(1L),
                index.search(COUNTY_EDITOR, new ReportQuery(null, "livelihood", null, null, null, null, null), 0, 10)
                        .ids());
    }

    @Test
    void pagesCountEverythingAndShowTheirSlice() {
        ReportTextIndex.Hits first = index.search(COUNTY_EDITOR, ReportQuery.ALL, 0, 2);
        ReportTextIndex.Hits second = index.search(COUNTY_EDITOR, ReportQuery.ALL, 2, 2);
        assertEquals(3, first.total());
        assertEquals(List.of(3L, 2L), first.ids(), "the most recently changed first");
        assertEquals(List.of(1L), second.ids());
        assertEquals(
                List.of(), index.search(COUNTY_EDITOR, ReportQuery.ALL, 10, 2).ids());
        assertEquals(3, index.search(COUNTY_EDITOR, ReportQuery.ALL, 10, 2).total());
        ReportTextIndex.Hits deep = index.search(COUNTY_EDITOR, ReportQuery.ALL, 2_000_000_000, 200);
        assertEquals(List.of(), deep.ids(), "a page far beyond the matches is empty, and nothing is sized for it");
        assertEquals(3, deep.total());
    }

    @Test
    void anIndexOfAnEarlierLayoutInAnotherOrderIsStartedAfresh() throws Exception {
        ByteBuffersDirectory earlier = new ByteBuffersDirectory();
        try (IndexWriter unsorted = new IndexWriter(earlier, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField("id", "1", Field.Store.YES));
            unsorted.addDocument(d);
            unsorted.setLiveCommitData(Map.of("schema", "3").entrySet());
            unsorted.commit();
        }
        try (ReportTextIndex reopened = new ReportTextIndex(earlier)) {
            assertEquals(0, reopened.documents(), "emptied, for the feeder to rebuild");
            assertEquals(Map.of(), reopened.committed());
            reopened.put(List.of(doc(
                    7, "重建后", "正文", ReportState.SUBMITTED, COUNTY, Set.of(COUNTY), 101, 8, LocalDate.of(2026, 6, 1))));
            reopened.refresh();
            assertEquals(
                    List.of(7L),
                    reopened.search(COUNTY_EDITOR, ReportQuery.ALL, 0, 5).ids());
        }
    }

    @Test
    void aListRowIsWhatTheIndexStored() {
        ReportSearch.Row row = index.list(COUNTY_EDITOR, new ReportQuery(ReportState.SUBMITTED, null, null), 0, 5)
                .rows()
                .get(0);
        assertEquals(
                new ReportSearch.Row(
                        2,
                        "农村道路养护问题",
                        "economy",
                        ReportState.SUBMITTED,
                        COUNTY,
                        COUNTY,
                        "作者2",
                        Instant.ofEpochSecond(900_002L, 123_456_789),
                        Instant.ofEpochSecond(1_000_002L)),
                row,
                "to the nanosecond");
        ReportSearch.Row draft = index.list(new Scope(102L, null), new ReportQuery(ReportState.DRAFT, null, null), 0, 5)
                .rows()
                .get(0);
        assertEquals(null, draft.submittedAt(), "never submitted");
    }

    @Test
    void reportsChangedAtTheSameMomentComeNewestIdFirstAsInTheDatabase() {
        Instant same = Instant.ofEpochSecond(2_000_000L);
        index.put(List.of(sameMoment(11, same), sameMoment(12, same), sameMoment(10, same)));
        index.refresh();
        assertEquals(
                List.of(12L, 11L, 10L),
                index.search(COUNTY_EDITOR, ReportQuery.ALL, 0, 3).ids());
        assertEquals(
                List.of(11L, 10L),
                index.search(COUNTY_EDITOR, ReportQuery.ALL, 1, 2).ids(),
                "a page boundary between equals");
    }

    private static Doc sameMoment(long id, Instant at) {
        Doc d = doc(id, "同一时刻", "正文", ReportState.SUBMITTED, COUNTY, Set.of(COUNTY), 101, 8, LocalDate.of(2026, 6, 1));
        return new Doc(
                d.id(),
                d.title(),
                d.body(),
                d.proposals(),
                d.topic(),
                d.state(),
                d.organisationId(),
                d.currentOrganisationId(),
                d.level(),
                d.authorAccounts(),
                d.authorMembers(),
                d.handledBy(),
                d.adopted(),
                d.day(),
                at,
                d.firstAuthor(),
                d.submittedAt());
    }

    @Test
    void aReportBeingWrittenFindsItsLikeAmongAdoptedAndOwnReports() {
        ReportTextIndex.Hits like = index.similar(new Scope(999L, null), "推进农村教育均衡", "农村学校师资流失严重，教育资源不足", null, 5);
        assertEquals(
                List.of(1L), like.ids(), "another's adopted report is suggested; another's submitted or draft is not");
        assertEquals(
                List.of(),
                index.similar(new Scope(999L, null), "农村教育", "", 1L, 5).ids(),
                "the report itself is left out");
        assertEquals(
                List.of(),
                index.similar(new Scope(999L, null), "天气", "今天", null, 5).ids(),
                "nothing alike, nothing suggested");
        assertTrue(index.visible(new Scope(100L, null), List.of(1L, 2L, 4L)).containsAll(Set.of(1L)));
        assertEquals(Set.of(), index.visible(new Scope(999L, null), List.of(1L)));
    }

    @Test
    void aPutReplacesTheReportAndTheBookmarkSurvivesTheCommit() {
        index.put(List.of(doc(
                2,
                "农村道路养护问题（修改）",
                "改写后的正文",
                ReportState.RETURNED,
                COUNTY,
                Set.of(COUNTY),
                101,
                8,
                LocalDate.of(2026, 5, 1))));
        index.commit(Map.of("watermark", "42"));
        index.refresh();
        assertEquals(4, index.documents());
        assertEquals(List.of(), ids(COUNTY_EDITOR, "坑洼"));
        assertEquals(List.of(2L), ids(COUNTY_EDITOR, "改写"));
        assertEquals("42", index.committed().get("watermark"));
    }

    private List<Long> ids(Scope scope, String q) {
        return index.search(scope, new ReportQuery(null, null, q), 0, 50).ids();
    }

    private static Doc doc(
            long id,
            String title,
            String body,
            ReportState state,
            long current,
            Set<Long> handled,
            long account,
            long member,
            LocalDate day) {
        return new Doc(
                id,
                title,
                body,
                "",
                id == 1 ? "livelihood" : "economy",
                state,
                COUNTY,
                current,
                current == CITY ? "CITY" : "COUNTY",
                Set.of(account),
                Set.of(member),
                handled,
                state == ReportState.ADOPTED,
                day,
                Instant.ofEpochSecond(1_000_000L + id),
                "作者" + id,
                state == ReportState.DRAFT ? null : Instant.ofEpochSecond(900_000L + id, 123_456_789));
    }
}
