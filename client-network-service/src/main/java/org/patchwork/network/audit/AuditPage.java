package org.patchwork.network.audit;

import java.util.List;

/**
 * One page of the audit trail, newest first.
 *
 * @param hasNext whether an older page follows; paging with a fixed {@code to} keeps the pages stable while new
 *                records are written
 */
public record AuditPage(List<AuditRecord> items, int page, int size, boolean hasNext) {
}
