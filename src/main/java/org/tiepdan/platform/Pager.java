package org.tiepdan.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The pages of a list screen, for the one pager fragment ({@code fragments/pager :: pager(${pager})}).
 * Its links are the current request's address with only {@code page} changed, so that every filter
 * of the list (all of them, repeated ones too, and any added later) survives paging: the petition
 * list's links once kept 3 of its 9 filters (issue 19).
 *
 * @param index the current page as the list's {@code page} parameter counts it
 * @param pages how many pages (at least 1)
 * @param total how many rows in all
 * @param first the {@code page} value of the first page (0 or 1, as the list's URL contract has it)
 * @param path the list's path (with the context path)
 * @param query the current query string without {@code page}, already encoded; empty when none
 */
public record Pager(int index, int pages, long total, int first, String path, String query) {

    /** The pager of the list the current request shows. */
    public static Pager of(int index, int pages, long total, int first) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return of(index, pages, total, first, request.getRequestURI(), request.getQueryString());
    }

    /** The pager of a list at {@code path} asked with {@code queryString} (encoded, may be null). */
    public static Pager of(int index, int pages, long total, int first, String path, String queryString) {
        List<String> kept = new ArrayList<>();
        if (queryString != null && !queryString.isEmpty()) {
            for (String pair : queryString.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!name.isEmpty() && !name.equals("page")) {
                    kept.add(pair);
                }
            }
        }
        return new Pager(index, Math.max(1, pages), total, first, path, String.join("&", kept));
    }

    /** The current page counted from 1, for people. */
    public int number() {
        return index - first + 1;
    }

    public boolean hasPrevious() {
        return number() > 1;
    }

    public boolean hasNext() {
        return number() < pages;
    }

    /** The address of the page whose {@code page} value is {@code pageIndex}, every other parameter kept. */
    public String href(int pageIndex) {
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + pageIndex;
    }

    public String previous() {
        return href(index - 1);
    }

    public String next() {
        return href(index + 1);
    }
}
