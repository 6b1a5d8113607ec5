package org.patchwork.platform.web.defaults;

/**
 * The settings every part that answers HTTP shares — the four services, the web app and the gateway: graceful
 * shutdown, the management side (its address, endpoints, probes), metrics, tracing and structured logs. The
 * services' own shared settings (database, Kafka, outbox) come on top of these from platform-service.
 */
public class WebDefaults extends YamlDefaults {

    public WebDefaults() {
        super("patchwork-web-defaults", "patchwork-web-defaults.yml");
    }
}
