package org.patchwork.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.web.api.DirectoryApi;
import org.patchwork.web.api.ScheduleApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The web app's typed API clients against the services' own stubs: Stub Runner serves the stubs generated from the
 * schedule's and the directory's API contracts (their {@code stubs} jars, built earlier in the same build). A request
 * the producers do not promise gets WireMock's 404, which the clients turn into a failing {@code ApiProblemException}.
 * The signed-in user's token is relayed as on a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProducerStubsTest {

    private static final int SCHEDULE_PORT = freePort();
    private static final int DIRECTORY_PORT = freePort();

    @RegisterExtension
    static final StubRunnerExtension PRODUCERS = new StubRunnerExtension()
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH)
            .downloadStub("org.patchwork:schedule-service:+:stubs:" + SCHEDULE_PORT)
            .downloadStub("org.patchwork:directory-service:+:stubs:" + DIRECTORY_PORT);

    @Autowired
    ScheduleApi schedule;

    @Autowired
    DirectoryApi directory;

    @DynamicPropertySource
    static void producersStubs(DynamicPropertyRegistry registry) {
        String issuer = TestKeycloak.get().issuer();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> issuer + "/protocol/openid-connect/certs");
        registry.add("spring.http.serviceclient.schedule.base-url", () -> "http://127.0.0.1:" + SCHEDULE_PORT);
        registry.add("spring.http.serviceclient.directory.base-url", () -> "http://127.0.0.1:" + DIRECTORY_PORT);
    }

    @BeforeEach
    void signedIn() {
        Jwt token = Jwt.withTokenValue("caller-access-token").header("alg", "RS256").subject("caller").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aVisitIsScheduledAsTheScheduleServiceTakesIt() {
        ScheduleApi.NewVisit visit = new ScheduleApi.NewVisit(null, Instant.parse("2027-07-01T08:15:00Z"), 45,
                "SCHOOL", "Review");

        assertThatNoException().isThrownBy(() -> schedule.scheduleVisit(UUID.randomUUID(), visit));
    }

    @Test
    void myEntryIsReadAndMyDetailsChangedAsTheDirectoryTakesThem() {
        DirectoryApi.Me me = directory.me();

        assertThat(me.agency()).isEqualTo("lichfield-dc");
        assertThat(me.name()).isEqualTo("Sample Contract Caller");
        assertThat(me.jobTitle()).isEqualTo("Family support worker");
        assertThat(me.preferredContact()).isEqualTo("EMAIL");
        assertThatNoException().isThrownBy(() -> directory.updateMe(new DirectoryApi.MyDetails(me.jobTitle(),
                "Early help", me.workPhone(), me.mobile(), me.preferredContact())));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
