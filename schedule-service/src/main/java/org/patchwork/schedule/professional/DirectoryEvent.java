package org.patchwork.schedule.professional;

/** The part of the directory's professional events this service reads (ProfessionalRegistered/Updated/Left v1). */
record DirectoryEvent(Professional professional) {
}
