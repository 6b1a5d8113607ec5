package org.patchwork.network.professional;

import java.util.Optional;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The directory's REST API, called only when the local copy misses. The caller's own token is passed
 * explicitly: the circuit breaker runs the call on another thread, where the request's security context is
 * not available.
 */
@FeignClient(name = "directory", url = "${patchwork.network.directory-url}",
        fallbackFactory = DirectoryClientFallback.class)
public interface DirectoryClient {

    /** The caller's own directory entry, created on first use from their token. */
    @GetMapping("/api/directory/me")
    DirectoryProfessional me(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer);

    /** A professional by id; empty when the directory does not know them. */
    @GetMapping("/api/directory/professionals/{id}")
    Optional<DirectoryProfessional> professional(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer,
                                                 @PathVariable("id") UUID id);
}
