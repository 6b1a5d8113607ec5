package org.patchwork.network.professional;

/** The part of the directory's professional events this service reads (ProfessionalRegistered/Updated/Left v1). */
record DirectoryEvent(java.time.Instant occurredAt, ProfessionalContact professional) {
}
