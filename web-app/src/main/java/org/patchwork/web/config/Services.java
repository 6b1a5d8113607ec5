package org.patchwork.web.config;

import org.springframework.web.client.RestClient;

/** The services' APIs, each called directly with the user's token. */
public record Services(RestClient directory, RestClient clientNetwork, RestClient schedule, RestClient notification) {
}
