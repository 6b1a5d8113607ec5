package org.patchwork.web.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the services' APIs are; the web app calls them directly with the user's relayed token. */
@ConfigurationProperties("patchwork.services")
public record ServiceUrls(String directory, String clientNetwork, String schedule, String notification) {
}
