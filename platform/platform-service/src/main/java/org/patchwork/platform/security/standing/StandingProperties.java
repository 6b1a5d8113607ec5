package org.patchwork.platform.security.standing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service keeps its copy of who may no longer use Patchwork.
 *
 * @param refreshEvery how often the copy in memory is reloaded from the service's table: how long, at most, an
 *                     instance that did not itself consume the directory's event goes on answering the caller
 */
@ConfigurationProperties("patchwork.standing")
public record StandingProperties(@DefaultValue("5s") Duration refreshEvery) {
}
