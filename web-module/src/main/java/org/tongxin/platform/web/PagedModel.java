package org.tongxin.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;

/**
 * A lazy table over one of the platform's paged lists, asking its service once per request.
 *
 * <p>PrimeFaces asks a lazy model for the row count, then for the page, in the same request; a list
 * answers both at once ({@link Page#total()}), so asking twice doubled the work of every table. Here the
 * count is the total of the last answer while the filters are unchanged (the page that follows brings a
 * fresh total, which the paginator shows), and when the filters changed it fetches the first page, which
 * is what a filter shows, and hands it to the load that follows. A page is reused only within the request
 * that fetched it: the next request asks again.
 *
 * @param <T> a row; {@link #key(Object)} identifies it for selection
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_ROWS = 20;

    // The last page fetched, a cache: transient (not copied to another node), fetched again when null.
    private transient Object lastQuery;
    private transient Page<T> lastPage;
    private int lastFirst = -1;
    private boolean fresh;

    /** The filters now; {@code equals} tells whether they changed. */
    protected abstract Object query();

    /** One page of the list for these filters. A {@link Problem} shows as a message and an empty table. */
    protected abstract Page<T> fetch(Object query, Page.Request request);

    protected abstract String key(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Object query = query();
        if (lastPage != null && Objects.equals(query, lastQuery)) {
            return (int) lastPage.total();
        }
        int rows = getPageSize() > 0 ? getPageSize() : DEFAULT_ROWS;
        fetchAndKeep(query, 0, bounded(rows));
        fresh = true;
        return lastPage == null ? 0 : (int) lastPage.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = bounded(pageSize);
        Object query = query();
        boolean reuse = fresh
                && lastPage != null
                && Objects.equals(query, lastQuery)
                && first == lastFirst
                && size == lastPage.size();
        fresh = false;
        if (!reuse) {
            fetchAndKeep(query, first, size);
        }
        if (lastPage == null) {
            setRowCount(0);
            return List.of();
        }
        setRowCount((int) lastPage.total());
        return lastPage.items();
    }

    /** The rows of the page last shown (a selection refers to them). */
    public List<T> shown() {
        return lastPage == null ? List.of() : lastPage.items();
    }

    @Override
    public String getRowKey(T row) {
        return key(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return shown().stream().filter(r -> key(r).equals(rowKey)).findFirst().orElse(null);
    }

    private void fetchAndKeep(Object query, int first, int size) {
        lastQuery = query;
        lastFirst = first;
        try {
            lastPage = fetch(query, Page.Request.ofRows(first, size));
        } catch (Problem p) {
            lastPage = null;
            lastQuery = null;
            Pages.problem(p);
        }
    }

    private static int bounded(int size) {
        return Math.max(1, Math.min(size, Page.Request.MAX_SIZE));
    }
}
