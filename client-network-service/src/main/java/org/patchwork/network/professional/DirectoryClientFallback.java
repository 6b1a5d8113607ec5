package org.patchwork.network.professional;

import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** When the directory fails, is slow or its circuit is open, say so plainly instead of guessing. */
@Component
class DirectoryClientFallback implements FallbackFactory<DirectoryClient> {

    private static final Logger log = LoggerFactory.getLogger(DirectoryClientFallback.class);

    @Override
    public DirectoryClient create(Throwable cause) {
        log.warn("The directory did not answer: {}", cause.toString());
        return new DirectoryClient() {
            @Override
            public DirectoryProfessional me(String bearer) {
                throw unavailable();
            }

            @Override
            public Optional<DirectoryProfessional> professional(String bearer, UUID id) {
                throw unavailable();
            }
        };
    }

    static PatchworkException unavailable() {
        return new PatchworkException(HttpStatus.SERVICE_UNAVAILABLE, "directory-unavailable",
                "The directory of professionals is not answering just now. Please try again in a minute.");
    }
}
