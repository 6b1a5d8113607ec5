package org.patchwork.web.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Organisations' names by code, from the directory, remembered: there are few organisations and they are
 * rarely renamed. Pages use it as {@code ${@agencyNames.nameOf(code)}}.
 */
@Component("agencyNames")
public class AgencyNames {

    private final Services services;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    AgencyNames(Services services) {
        this.services = services;
    }

    public String nameOf(String code) {
        if (code == null) {
            return null;
        }
        return names.computeIfAbsent(code, key -> String.valueOf(services.directory().get()
                .uri("/api/directory/agencies/{code}", key).retrieve().body(Map.class).get("name")));
    }
}
