package org.patchwork.directory.importing;

/** What an imported row did: REJECTED rows changed nothing and say why. */
public enum RowOutcome {
    CREATED, UPDATED, UNCHANGED, REJECTED
}
