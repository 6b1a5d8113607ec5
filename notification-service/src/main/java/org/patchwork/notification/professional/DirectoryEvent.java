package org.patchwork.notification.professional;

import java.util.UUID;

/** The part of the directory's professional events this service reads (ProfessionalRegistered/Updated/Left v1). */
record DirectoryEvent(DirectoryProfessional professional) {

    record DirectoryProfessional(UUID id, String keycloakSubject, String name, String email, String mobile,
                                 String status) {
    }
}
