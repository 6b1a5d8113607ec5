package org.patchwork.directory.professional;

import java.util.List;

/** One page of results; {@code hasNext} says whether another page follows. */
public record SearchPage<T>(List<T> items, int page, int size, boolean hasNext) {

    public static <T> SearchPage<T> of(List<T> rows, int page, int size) {
        return new SearchPage<>(rows.size() > size ? rows.subList(0, size) : rows, page, size, rows.size() > size);
    }
}
