package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.UUID;

/** One flagging or unflagging of a professional's role as sensitive: who did it, when and why. */
public record SensitiveRoleChange(Instant occurredAt, UUID professionalId, String agencyCode, boolean sensitive,
                                  String actorSubject, String actorAgency, String reason) {
}
