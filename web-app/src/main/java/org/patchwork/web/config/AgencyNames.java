package org.patchwork.web.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.patchwork.web.api.DirectoryApi;
import org.springframework.stereotype.Component;

/**
 * Organisations' names by code, from the directory, remembered: there are few organisations and they are
 * rarely renamed. Pages use it as {@code ${@agencyNames.nameOf(code)}}.
 */
@Component("agencyNames")
public class AgencyNames {

    private final DirectoryApi directory;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    AgencyNames(DirectoryApi directory) {
        this.directory = directory;
    }

    public String nameOf(String code) {
        if (code == null) {
            return null;
        }
        return names.computeIfAbsent(code, key -> directory.agency(key).name());
    }
}
