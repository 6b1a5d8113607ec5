package org.patchwork.platform;

import org.patchwork.platform.web.defaults.YamlDefaults;

/**
 * Adds the settings every Patchwork service shares (virtual threads, health groups, Kafka serialisation for the
 * outbox, the API description) with the lowest precedence, on top of platform-web's defaults for every part.
 */
public class PlatformDefaults extends YamlDefaults {

    public PlatformDefaults() {
        super("patchwork-platform-defaults", "patchwork-platform-defaults.yml");
    }
}
