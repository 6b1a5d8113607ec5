package org.patchwork.schedule.visit;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change to a scheduled visit.
 *
 * @param action          RESCHEDULE (needs {@code startsAt}, may change {@code durationMinutes}), CANCEL (needs
 *                        {@code reason}), COMPLETE or NO_ACCESS (once the visit has started)
 * @param reason          why it was cancelled, at most 140 characters
 */
public record ChangeVisit(@NotNull VisitAction action,
                          Instant startsAt,
                          @Min(5) @Max(720) Integer durationMinutes,
                          @Size(max = 140)
                          @Pattern(regexp = "^\\P{Cntrl}*$", message = "must be one line without control characters")
                          String reason) {
}
