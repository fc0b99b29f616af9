package org.tongxin.inforeport.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.ReportSearch;
import org.tongxin.inforeport.domain.ReportState;

/**
 * The reports' full-text index on Lucene, without the container: what is indexed, how Chinese is cut,
 * and the queries (list filters, visibility, similar reports). {@link ReportIndexBean} feeds and serves it.
 *
 * <p>Chinese has no spaces, so text is cut into overlapping pairs of characters (bigrams, with the single
 * characters as well when indexing); a query word is found when all its pairs are in one field, which
 * finds "农村教育" in "…推进农村教育…" but not in a text that only has "农村" and "教育" apart. Words the
 * user separates by spaces must all match (in any field). Latin words and numbers are cut by the Unicode
 * rules and lower-cased; full-width letters and digits are folded to their ASCII forms.
 *
 * <p>Visibility is in the index too, the same rule as the database's: authors see their reports; editors
 * and leaders see what is not a draft and is held by or was handled at their organisation.
 */
public final class ReportTextIndex implements AutoCloseable {

    /** One report as the index sees it. {@code day} is the day it was submitted, or created if never. */
    public record Doc(
            long id,
            String title,
            String body,
            String proposals,
            String topic,
            ReportState state,
            long organisationId,
            long currentOrganisationId,
            String level,
            Set<Long> authorAccounts,
            Set<Long> authorMembers,
            Set<Long> handledBy,
            boolean adopted,
            LocalDate day,
            Instant updatedAt,
            String firstAuthor,
            Instant submittedAt) {}

    /** One page of matches, best first, and how many match in all. */
    public record Hits(List<Long> ids, long total) {}

    /**
     * The layout of the documents; an index committed with another one is rebuilt from the database.
     * 2: the id as a sort key (lists are answered from the index, in the database's order).
     * 3: what a list row shows is stored (title, topic, state, organisations, first author, times), so a
     * list page is answered without reading the reports from the database.
     * 4: segments sorted in the lists' order (a page is collected without sorting every match).
     */
    public static final String SCHEMA = "4";

    static final String ID = "id";
    private static final String ORDER = "order";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String PROPOSALS = "proposals";
    private static final String TOPIC = "topic";
    private static final String STATE = "state";
    private static final String ORIGIN = "origin";
    private static final String CURRENT = "current";
    private static final String LEVEL = "level";
    private static final String ACCOUNT = "account";
    private static final String MEMBER = "member";
    private static final String HANDLED = "handled";
    private static final String ADOPTED = "adopted";
    private static final String DAY = "day";
    private static final String UPDATED = "updated";
    /** Stored only: what a list row shows. */
    private static final String SHOWN_TITLE = "row.title";

    private static final String SHOWN_TOPIC = "row.topic";
    private static final String SHOWN_STATE = "row.state";
    private static final String SHOWN_ORIGIN = "row.origin";
    private static final String SHOWN_CURRENT = "row.current";
    private static final String SHOWN_AUTHOR = "row.author";
    private static final String SHOWN_SUBMITTED = "row.submitted";
    private static final String SHOWN_UPDATED = "row.updated";
    private static final Set<String> ROW_FIELDS = Set.of(
            ID,
            SHOWN_TITLE,
            SHOWN_TOPIC,
            SHOWN_STATE,
            SHOWN_ORIGIN,
            SHOWN_CURRENT,
            SHOWN_AUTHOR,
            SHOWN_SUBMITTED,
            SHOWN_UPDATED);
    private static final int MAX_WORDS = 8;
    /** The lists' order without words, and the order of the index's segments. */
    private static final Sort LIST_ORDER = new Sort(
            new SortField(UPDATED, SortField.Type.LONG, true), new SortField(ORDER, SortField.Type.LONG, true));

    private static final int MAX_SIMILAR_TERMS = 48;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public ReportTextIndex(Directory directory) {
        this.directory = directory;
        try {
            IndexWriter opened;
            try {
                opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (IllegalArgumentException otherSort) {
                // an index of an earlier layout, kept in another order: start afresh, the feeder rebuilds it
                opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
                opened.commit(); // the old layout's bookmark goes with it
            }
            this.writer = opened;
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the report index", e);
        }
    }

    /**
     * Segments are kept in the lists' order (last change first, then the newest id), so that a list page
     * stops reading each segment once it has its rows instead of sorting every match.
     */
    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(indexAnalyzer())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                .setIndexSort(LIST_ORDER);
    }

    // --- analysis ---------------------------------------------------------------------------------

    /** Pairs and single characters: what documents are made of. */
    static Analyzer indexAnalyzer() {
        return chinese(true);
    }

    /** Pairs only (a lone character stays one): what a query word asks for. */
    static Analyzer queryAnalyzer() {
        return chinese(false);
    }

    private static Analyzer chinese(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(
                        stream,
                        CJKBigramFilter.HAN
                                | CJKBigramFilter.HIRAGANA
                                | CJKBigramFilter.KATAKANA
                                | CJKBigramFilter.HANGUL,
                        unigrams);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The terms a text is cut into by an analyser, in order, without repeats. */
    static List<String> terms(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    // --- writing ----------------------------------------------------------------------------------

    public void put(Collection<Doc> docs) {
        try {
            for (Doc d : docs) {
                writer.updateDocument(new Term(ID, Long.toString(d.id())), document(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report index", e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written durable, with the feeder's bookmark ({@link #committed()} reads it back). */
    public void commit(Map<String, String> bookmark) {
        try {
            writer.setLiveCommitData(bookmark.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the report index", e);
        }
    }

    /** The bookmark of the last commit, empty for a new index. */
    public Map<String, String> committed() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written visible to searches (near real time, durable or not). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int documents() {
        return writer.getDocStats().numDocs;
    }

    private static Document document(Doc d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ORDER, d.id()));
        doc.add(new TextField(TITLE, nz(d.title()), Field.Store.NO));
        doc.add(new TextField(BODY, nz(d.body()), Field.Store.NO));
        doc.add(new TextField(PROPOSALS, nz(d.proposals()), Field.Store.NO));
        doc.add(new StringField(TOPIC, nz(d.topic()), Field.Store.NO));
        doc.add(new StringField(STATE, d.state().name(), Field.Store.NO));
        doc.add(new StringField(ORIGIN, Long.toString(d.organisationId()), Field.Store.NO));
        doc.add(new StringField(CURRENT, Long.toString(d.currentOrganisationId()), Field.Store.NO));
        doc.add(new StringField(LEVEL, nz(d.level()), Field.Store.NO));
        d.authorAccounts().forEach(a -> doc.add(new StringField(ACCOUNT, Long.toString(a), Field.Store.NO)));
        d.authorMembers().forEach(m -> doc.add(new StringField(MEMBER, Long.toString(m), Field.Store.NO)));
        d.handledBy().forEach(o -> doc.add(new StringField(HANDLED, Long.toString(o), Field.Store.NO)));
        doc.add(new StringField(ADOPTED, Boolean.toString(d.adopted()), Field.Store.NO));
        doc.add(new LongPoint(DAY, d.day().toEpochDay()));
        doc.add(new NumericDocValuesField(UPDATED, d.updatedAt().toEpochMilli()));
        doc.add(new StoredField(SHOWN_TITLE, nz(d.title())));
        if (d.topic() != null) {
            doc.add(new StoredField(SHOWN_TOPIC, d.topic()));
        }
        doc.add(new StoredField(SHOWN_STATE, d.state().name()));
        doc.add(new StoredField(SHOWN_ORIGIN, d.organisationId()));
        doc.add(new StoredField(SHOWN_CURRENT, d.currentOrganisationId()));
        doc.add(new StoredField(SHOWN_AUTHOR, nz(d.firstAuthor())));
        if (d.submittedAt() != null) {
            doc.add(new StoredField(SHOWN_SUBMITTED, nanos(d.submittedAt())));
        }
        doc.add(new StoredField(SHOWN_UPDATED, nanos(d.updatedAt())));
        return doc;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // --- reading ----------------------------------------------------------------------------------

    /**
     * The reports a scope may see that match the words and filters: by relevance when there are words,
     * the most recently changed first otherwise and among equals (then the newest id first, the
     * database's order).
     */
    public Hits search(ReportRepository.Scope scope, ReportQuery filters, int offset, int limit) {
        Rows rows = list(scope, filters, offset, limit);
        return new Hits(rows.rows().stream().map(ReportSearch.Row::id).toList(), rows.total());
    }

    /** As {@link #search}, with what each row of a list shows, read from the stored fields. */
    public Rows list(ReportRepository.Scope scope, ReportQuery filters, int offset, int limit) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        Query text = text(filters.q());
        if (text != null) {
            q.add(text, Occur.MUST);
        } else {
            q.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        q.add(reach(scope), Occur.FILTER);
        filter(q, filters);
        Sort sort = text != null
                ? new Sort(
                        SortField.FIELD_SCORE,
                        new SortField(UPDATED, SortField.Type.LONG, true),
                        new SortField(ORDER, SortField.Type.LONG, true))
                : LIST_ORDER;
        return run(q.build(), sort, offset, limit, ROW_FIELDS, ReportTextIndex::row);
    }

    /** One page of list rows and how many match in all. */
    public record Rows(List<ReportSearch.Row> rows, long total) {}

    private static ReportSearch.Row row(Document d) {
        IndexableField submitted = d.getField(SHOWN_SUBMITTED);
        return new ReportSearch.Row(
                Long.parseLong(d.get(ID)),
                d.get(SHOWN_TITLE),
                d.get(SHOWN_TOPIC),
                ReportState.valueOf(d.get(SHOWN_STATE)),
                d.getField(SHOWN_ORIGIN).numericValue().longValue(),
                d.getField(SHOWN_CURRENT).numericValue().longValue(),
                d.get(SHOWN_AUTHOR),
                submitted == null ? null : instant(submitted.numericValue().longValue()),
                instant(d.getField(SHOWN_UPDATED).numericValue().longValue()));
    }

    /** Times are kept to the nanosecond (the database keeps microseconds): a row shows what the report's page shows. */
    private static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /**
     * Reports like a text being written: its pairs of characters, weighted by the index's statistics, at
     * least a third of them present. Among what the scope may see and what was adopted anywhere (adopted
     * reports are published in bulletins).
     */
    public Hits similar(ReportRepository.Scope scope, String title, String body, Long excluding, int limit) {
        List<String> titleTerms = terms(queryAnalyzer(), nz(title));
        List<String> bodyTerms = terms(queryAnalyzer(), nz(body).length() > 600 ? body.substring(0, 600) : nz(body));
        Set<String> all = new LinkedHashSet<>(titleTerms);
        all.addAll(bodyTerms);
        List<String> picked = all.stream()
                .filter(t -> t.codePointCount(0, t.length()) > 1)
                .limit(MAX_SIMILAR_TERMS)
                .toList();
        if (picked.size() < 2) {
            return new Hits(List.of(), 0);
        }
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        for (String t : picked) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            either.add(
                    new BoostQuery(new TermQuery(new Term(TITLE, t)), titleTerms.contains(t) ? 3f : 2f), Occur.SHOULD);
            either.add(new TermQuery(new Term(BODY, t)), Occur.SHOULD);
            like.add(either.build(), Occur.SHOULD);
        }
        like.setMinimumNumberShouldMatch(Math.max(2, picked.size() / 3));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(like.build(), Occur.MUST);
        BooleanQuery.Builder seen = new BooleanQuery.Builder();
        seen.add(reach(scope), Occur.SHOULD);
        seen.add(new TermQuery(new Term(ADOPTED, "true")), Occur.SHOULD);
        q.add(seen.build(), Occur.FILTER);
        if (excluding != null) {
            q.add(new TermQuery(new Term(ID, Long.toString(excluding))), Occur.MUST_NOT);
        }
        return run(
                q.build(),
                new Sort(SortField.FIELD_SCORE, new SortField(UPDATED, SortField.Type.LONG, true)),
                0,
                limit);
    }

    /** Whether a report is in what a scope may see, by the index (for marking similar reports). */
    public Set<Long> visible(ReportRepository.Scope scope, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        ids.forEach(id -> any.add(new TermQuery(new Term(ID, Long.toString(id))), Occur.SHOULD));
        q.add(any.build(), Occur.MUST);
        q.add(reach(scope), Occur.FILTER);
        return new LinkedHashSet<>(
                run(q.build(), Sort.INDEXORDER, 0, ids.size()).ids());
    }

    private Hits run(Query query, Sort sort, int offset, int limit) {
        Rows rows = run(
                query,
                sort,
                offset,
                limit,
                Set.of(ID),
                d -> new ReportSearch.Row(Long.parseLong(d.get(ID)), null, null, null, 0, 0, null, null, null));
        return new Hits(rows.rows().stream().map(ReportSearch.Row::id).toList(), rows.total());
    }

    /** One page of rows in the sort's order, and how many match in all. */
    private Rows run(
            Query query,
            Sort sort,
            int offset,
            int limit,
            Set<String> fields,
            java.util.function.Function<Document, ReportSearch.Row> read) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // the count reads no sort values; the page is then collected in the index's own order where the
            // sort is that order (each segment read only up to the page's last row), otherwise by sorting
            int total = searcher.count(query);
            if (offset >= total || limit <= 0) {
                return new Rows(List.of(), total);
            }
            int wanted = (int) Math.min((long) offset + limit, total);
            TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, wanted, false));
            List<ReportSearch.Row> rows = new ArrayList<>(limit);
            var stored = searcher.storedFields();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                rows.add(read.apply(stored.document(top.scoreDocs[i].doc, fields)));
            }
            return new Rows(rows, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Each word typed (separated by spaces) must be found, all its character pairs in one field. */
    static Query text(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int n = 0;
        for (String word : words.strip().split("[\\s\\u3000,，;；、]+")) {
            List<String> terms = terms(queryAnalyzer(), word);
            if (terms.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            anyField.add(new BoostQuery(allOf(TITLE, terms), 3f), Occur.SHOULD);
            anyField.add(allOf(BODY, terms), Occur.SHOULD);
            anyField.add(new BoostQuery(allOf(PROPOSALS, terms), 1.5f), Occur.SHOULD);
            all.add(anyField.build(), Occur.MUST);
            if (++n == MAX_WORDS) {
                break;
            }
        }
        return n == 0 ? null : all.build();
    }

    private static Query allOf(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.forEach(t -> b.add(new TermQuery(new Term(field, t)), Occur.MUST));
        return b.build();
    }

    /** Authors see theirs; editors and leaders what is past draft and held by or handled at their organisation. */
    static Query reach(ReportRepository.Scope scope) {
        BooleanQuery.Builder reach = new BooleanQuery.Builder();
        boolean any = false;
        if (scope.authorAccountId() != null) {
            reach.add(new TermQuery(new Term(ACCOUNT, scope.authorAccountId().toString())), Occur.SHOULD);
            any = true;
        }
        if (scope.organisationId() != null) {
            String org = scope.organisationId().toString();
            BooleanQuery.Builder here = new BooleanQuery.Builder();
            here.add(new TermQuery(new Term(CURRENT, org)), Occur.SHOULD);
            here.add(new TermQuery(new Term(HANDLED, org)), Occur.SHOULD);
            BooleanQuery.Builder editorial = new BooleanQuery.Builder();
            editorial.add(here.build(), Occur.MUST);
            editorial.add(new TermQuery(new Term(STATE, ReportState.DRAFT.name())), Occur.MUST_NOT);
            reach.add(editorial.build(), Occur.SHOULD);
            any = true;
        }
        if (!any) {
            return new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.MUST_NOT)
                    .build();
        }
        return reach.build();
    }

    private static void filter(BooleanQuery.Builder q, ReportQuery f) {
        if (f.state() != null) {
            q.add(new TermQuery(new Term(STATE, f.state().name())), Occur.FILTER);
        }
        if (f.topic() != null && !f.topic().isBlank()) {
            q.add(new TermQuery(new Term(TOPIC, f.topic())), Occur.FILTER);
        }
        if (f.level() != null) {
            q.add(new TermQuery(new Term(LEVEL, f.level())), Occur.FILTER);
        }
        if (f.from() != null || f.to() != null) {
            long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            q.add(LongPoint.newRangeQuery(DAY, from, to), Occur.FILTER);
        }
        if (f.authorMember() != null) {
            q.add(new TermQuery(new Term(MEMBER, f.authorMember().toString())), Occur.FILTER);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
