package org.patchwork.directory.professional;

/** What one imported staff row did to the directory. */
public enum ImportOutcome {
    CREATED, UPDATED, UNCHANGED
}
