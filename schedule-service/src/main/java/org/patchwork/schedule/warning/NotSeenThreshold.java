package org.patchwork.schedule.warning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many days without anyone seeing the client should warn the network (1 to 365). */
public record NotSeenThreshold(@NotNull @Min(1) @Max(365) Integer days) {
}
