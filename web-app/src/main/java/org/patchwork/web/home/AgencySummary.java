package org.patchwork.web.home;

/** An organisation as the directory's API describes it. */
public record AgencySummary(String code, String name) {
}
