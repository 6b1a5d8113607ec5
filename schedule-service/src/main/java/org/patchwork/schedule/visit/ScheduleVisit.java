package org.patchwork.schedule.visit;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A visit to plan.
 *
 * @param visitorProfessionalId who visits: a current member; the caller when left out
 * @param purpose               a short purpose for the team (at most 140 characters), not case notes
 */
public record ScheduleVisit(UUID visitorProfessionalId,
                            @NotNull Instant startsAt,
                            @NotNull @Min(5) @Max(720) Integer durationMinutes,
                            @NotNull VisitKind kind,
                            @NotBlank @Size(max = 140)
                            @Pattern(regexp = "^\\P{Cntrl}*$", message = "must be one line without control characters")
                            String purpose) {
}
