package org.patchwork.benchmarks.overview;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The client overview ({@code GET /api/clients/{id}/overview}) and the caseload ({@code GET /api/me/clients}) under
 * load, straight to client-network-service and through the gateway, on a seeded county (500 agencies, 10,000
 * professionals, 100,000 clients with networks of 3-8, a year of visits and contacts), with 200 signed-in
 * practitioners of 50 clients each. Beside them, straight to each service: {@code GET /api/clients/{id}/network},
 * which reads only client-network's own tables (what the overview would cost without its call to the schedule
 * service), and {@code GET /api/clients/{id}/schedule-overview} on schedule-service (what that call asks for).
 * <p>
 * A warm-up, then one phase after another, each with its own request name and after a quiet time in which what
 * the phase before left behind (a collection, a checkpoint, a circuit breaker's open state) can settle: a latency
 * phase (200 practitioners, each pausing 0.5-1.5 s between requests) and a throughput phase (200 practitioners, no
 * pause) per endpoint and route. Not a test: {@code ./patchwork bench-overview} runs it; at the end it prints one
 * table of figures ({@link PhaseFigures}) and what each part of the platform spent of the CPU per request in each
 * phase ({@link ProcessCpu}), also written to {@code target/bench/client-overview-figures.md}, and each phase
 * second by second to {@code target/bench/client-overview-timeline.csv}.
 * Phase lengths: {@code -Dbench.warmupSeconds} (90), {@code -Dbench.latencySeconds} (60),
 * {@code -Dbench.throughputSeconds} (30), the quiet time before each {@code -Dbench.settleSeconds} (35, longer than
 * the 30 s a circuit breaker stays open); {@code -Dbench.users} (200); the pause between a practitioner's requests
 * in the latency phases, {@code -Dbench.pauseMinMillis} (500) to {@code -Dbench.pauseMaxMillis} (1500);
 * {@code -Dbench.only} (e.g. {@code overview,network}: only those endpoints' phases, for a quicker look).
 */
public class ClientOverviewSimulation extends Simulation {

    /** Relative to the working directory the Gatling plugin gives the simulation, {@code target/bench}. */
    private static final Path FIGURES = Path.of("client-overview-figures.md");
    private static final Path TIMELINE = Path.of("client-overview-timeline.csv");
    private static final String RESPONSE_TIME = "responseTime";

    private static final int USERS = Integer.getInteger("bench.users", 200);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 90));
    private static final Duration LATENCY = Duration.ofSeconds(Long.getLong("bench.latencySeconds", 60));
    private static final Duration THROUGHPUT = Duration.ofSeconds(Long.getLong("bench.throughputSeconds", 30));
    private static final Duration RAMP = Duration.ofSeconds(2);
    /** A quiet time before each measured phase, so that none starts in the wake of the one before. */
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("bench.settleSeconds", 35));
    /** Each practitioner's pause between two requests in the latency phases: a random time between the two. */
    private static final Duration PAUSE_MIN = Duration.ofMillis(Long.getLong("bench.pauseMinMillis", 500));
    private static final Duration PAUSE_MAX = Duration.ofMillis(Long.getLong("bench.pauseMaxMillis", 1500));

    private final BenchPlatform platform = BenchPlatform.start(USERS);
    private final PhaseFigures figures = new PhaseFigures();
    private final ProcessCpu cpu = new ProcessCpu(platform.pids());

    private enum Endpoint {
        OVERVIEW("overview", "/api/clients/#{clientId}/overview", "\"available\":true", false),
        NETWORK("network", "/api/clients/#{clientId}/network", null, false),
        /** What client-network asks of the schedule service for an overview, asked of it directly. */
        SCHEDULE_PART("schedule-overview", "/api/clients/#{clientId}/schedule-overview", null, true),
        CASELOAD("caseload", "/api/me/clients", null, false);

        final String label;
        final String path;
        /** What a complete answer contains: without it the schedule's part was left out, which counts as an error. */
        final String complete;
        final boolean onScheduleService;

        Endpoint(String label, String path, String complete, boolean onScheduleService) {
            this.label = label;
            this.path = path;
            this.complete = complete;
            this.onScheduleService = onScheduleService;
        }

        boolean routedThroughGateway() {
            return this == OVERVIEW || this == CASELOAD;
        }
    }

    private enum Route {
        DIRECT, GATEWAY
    }

    private record Phase(Endpoint endpoint, Route route, boolean thinkTime) {

        String name() {
            return endpoint.label + " " + route.name().toLowerCase() + " " + (thinkTime ? "latency" : "throughput");
        }
    }

    public ClientOverviewSimulation() {
        List<Phase> phases = List.of(
                new Phase(Endpoint.OVERVIEW, Route.DIRECT, true), new Phase(Endpoint.OVERVIEW, Route.GATEWAY, true),
                new Phase(Endpoint.OVERVIEW, Route.DIRECT, false), new Phase(Endpoint.OVERVIEW, Route.GATEWAY, false),
                new Phase(Endpoint.NETWORK, Route.DIRECT, true), new Phase(Endpoint.NETWORK, Route.DIRECT, false),
                new Phase(Endpoint.SCHEDULE_PART, Route.DIRECT, true), new Phase(Endpoint.SCHEDULE_PART, Route.DIRECT, false),
                new Phase(Endpoint.CASELOAD, Route.DIRECT, true), new Phase(Endpoint.CASELOAD, Route.GATEWAY, true),
                new Phase(Endpoint.CASELOAD, Route.DIRECT, false), new Phase(Endpoint.CASELOAD, Route.GATEWAY, false));

        // -Dbench.only=overview,network: only those endpoints' phases (and warm-up), for a quicker look at one of them.
        List<String> only = List.of(System.getProperty("bench.only", "").split(",")).stream()
                .map(String::strip).filter(label -> !label.isEmpty()).toList();
        phases = phases.stream().filter(phase -> only.isEmpty() || only.contains(phase.endpoint.label)).toList();
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("bench.only names no endpoint: " + only);
        }
        List<Endpoint> endpoints = phases.stream().map(Phase::endpoint).distinct().toList();

        PopulationBuilder measured = null;
        for (Phase phase : phases.reversed()) {
            PopulationBuilder population = population(phase);
            measured = measured == null ? population : population.andThen(measured);
        }
        Duration total = WARM_UP.plus(RAMP);
        for (Phase phase : phases) {
            total = total.plus(SETTLE).plus(phase.thinkTime ? LATENCY : THROUGHPUT).plus(RAMP);
        }
        setUp(warmUp(endpoints).andThen(measured))
                .protocols(http.acceptHeader("application/json").disableWarmUp().disableCaching())
                // a safety net only: every phase ends by itself
                .maxDuration(total.plusMinutes(5));
    }

    private PopulationBuilder warmUp(List<Endpoint> endpoints) {
        List<ChainBuilder> requests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Route route : Route.values()) {
                if (route == Route.DIRECT || endpoint.routedThroughGateway()) {
                    requests.add(feed(platform.practitioners.feeder())
                            .exec(request("warm-up " + endpoint.label + " " + route.name().toLowerCase(), endpoint, route)));
                }
            }
        }
        return scenario("warm-up")
                .during(WARM_UP).on(exec(requests))
                .injectOpen(rampUsers(USERS).during(RAMP));
    }

    private PopulationBuilder population(Phase phase) {
        String name = phase.name();
        ChainBuilder iteration = feed(platform.practitioners.feeder())
                .exec(session -> session.remove(RESPONSE_TIME))
                .exec(request(name, phase.endpoint, phase.route))
                .exec(session -> {
                    figures.record(name, session.contains(RESPONSE_TIME) ? session.getInt(RESPONSE_TIME) : null,
                            session.isFailed());
                    return session.markAsSucceeded();
                });
        if (phase.thinkTime) {
            iteration = iteration.pause(PAUSE_MIN, PAUSE_MAX);
        }
        return scenario(name)
                .exec(session -> {
                    figures.userStarted(name);
                    return session;
                })
                .during(phase.thinkTime ? LATENCY : THROUGHPUT).on(iteration)
                .exec(session -> {
                    figures.userEnded(name);
                    return session;
                })
                .injectOpen(nothingFor(SETTLE), rampUsers(USERS).during(RAMP));
    }

    private HttpRequestActionBuilder request(String name, Endpoint endpoint, Route route) {
        String base = route == Route.GATEWAY ? platform.gateway.url()
                : endpoint.onScheduleService ? platform.schedule.url() : platform.clientNetwork.url();
        HttpRequestActionBuilder request = http(name).get(base + endpoint.path)
                .header("Authorization", "Bearer #{token}");
        // Checks run in order until one fails: the response time is saved first, so failed answers keep theirs.
        return endpoint.complete == null
                ? request.check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().is(200))
                : request.check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().is(200),
                        substring(endpoint.complete));
    }

    @Override
    public void before() {
        cpu.start();
        BenchPlatform.log("Warming up for " + WARM_UP.toSeconds() + " s, then " + LATENCY.toSeconds()
                + " s latency phases (pauses of " + PAUSE_MIN.toMillis() + "-" + PAUSE_MAX.toMillis() + " ms) and "
                + THROUGHPUT.toSeconds() + " s throughput phases with " + USERS + " practitioners");
    }

    @Override
    public void after() {
        try {
            cpu.close();
            figures.write(Path.of("scale-" + platform.scale.clients() + ".tsv"), figures.keyFigures());
            String table = platform.calibration.line() + "\n" + platform.sizes + "\n\n" + figures.table() + "\n"
                    + figures.cpuTable(cpu) + "\n" + PhaseFigures.growthTable(Path.of("").toAbsolutePath());
            System.out.println("\n" + table);
            figures.write(FIGURES, table);
            figures.write(TIMELINE, figures.timeline());
        } catch (IOException e) {
            System.err.println("[bench] could not write " + FIGURES + ": " + e);
        } finally {
            platform.close();
        }
    }
}
