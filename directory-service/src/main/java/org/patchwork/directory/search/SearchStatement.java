package org.patchwork.directory.search;

import java.util.Map;

/** One search as SQL with its named parameters. */
public record SearchStatement(String sql, Map<String, Object> params) {
}
