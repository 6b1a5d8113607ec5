package org.patchwork.directory.professional;

public enum ProfessionalStatus {
    ACTIVE, LEFT
}
