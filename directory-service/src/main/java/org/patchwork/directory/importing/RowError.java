package org.patchwork.directory.importing;

/** What is wrong with one value of a row. */
public record RowError(String field, String message) {
}
