package org.patchwork.gateway.signin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisations in the data sharing agreement that can sign in, read from the realm configuration's list
 * ({@code identity/src/main/keycloak/agencies.json}, packaged with the gateway or given by
 * {@code PATCHWORK_AGENCIES_FILE}).
 */
@Component
public class Agencies {

    private final List<Agency> agencies;

    Agencies(@Value("${patchwork.sign-in.agencies:classpath:agencies.json}") Resource source, JsonMapper jsonMapper) {
        JsonMapper lenient = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = source.getInputStream()) {
            this.agencies = lenient.readValue(in, AgencyList.class).agencies().stream()
                    .sorted(Comparator.comparing(Agency::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of agencies from " + source, e);
        }
    }

    public List<Agency> all() {
        return agencies;
    }

    public Optional<Agency> byIdpAlias(String alias) {
        return agencies.stream().filter(agency -> agency.idpAlias().equals(alias)).findFirst();
    }

    public Optional<Agency> byEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return Optional.empty();
        }
        String domain = email.substring(at + 1);
        return agencies.stream().filter(agency -> agency.ownsEmailDomain(domain)).findFirst();
    }

    record AgencyList(List<Agency> agencies) {
    }
}
