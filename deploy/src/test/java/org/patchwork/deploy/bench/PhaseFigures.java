package org.patchwork.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The figures of each measured phase, collected while it runs: every response time (as Gatling measured it, from
 * sending the request to the whole answer), every error, when the phase really ran (its first virtual user's
 * start to its last one's end, over which throughput is counted) and the machine's load average as it ended.
 * Printed as one table at the end of the run, with the gateway's throughput (complete answers per second) as a
 * share of the direct route's and what the call to the schedule service costs the overview.
 */
final class PhaseFigures {

    private static final double P99_TARGET_MS = 50;
    private static final double GATEWAY_SHARE_TARGET = 0.5;

    private final Map<String, Phase> phases = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();

    void userStarted(String phase) {
        phases.computeIfAbsent(phase, name -> {
            order.add(name);
            return new Phase();
        }).started(System.currentTimeMillis());
    }

    void userEnded(String phase) {
        phases.get(phase).ended(System.currentTimeMillis(), loadAverage());
    }

    /** @param responseTimeMillis {@code null} when no answer came at all */
    void record(String phase, Integer responseTimeMillis, boolean failed) {
        phases.get(phase).record(responseTimeMillis, failed);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| Phase | Requests | OK req/s | p50 | p95 | p99 | max | Errors | Load (1 min) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String name : order) {
            Phase phase = phases.get(name);
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %d ms | %d ms | %d ms | %,d ms | %,d | %s |%n",
                    name, phase.requests(), phase.perSecond(), phase.percentile(50), phase.percentile(95),
                    phase.percentile(99), phase.percentile(100), phase.errors(), phase.load()));
        }
        out.append('\n');
        for (String endpoint : List.of("overview", "caseload")) {
            Phase direct = phases.get(endpoint + " direct throughput");
            Phase gateway = phases.get(endpoint + " gateway throughput");
            if (direct != null && gateway != null) {
                double share = gateway.perSecond() / direct.perSecond();
                out.append(String.format(Locale.ROOT, "%s: gateway throughput %.2f x direct (target >= %.1f: %s)%n",
                        endpoint, share, GATEWAY_SHARE_TARGET, share >= GATEWAY_SHARE_TARGET ? "met" : "NOT met"));
            }
        }
        for (String name : order) {
            if (name.endsWith("latency") && (name.startsWith("overview") || name.startsWith("caseload"))) {
                long p99 = phases.get(name).percentile(99);
                out.append(String.format(Locale.ROOT, "%s: p99 %d ms (target <= %.0f ms: %s)%n", name, p99,
                        P99_TARGET_MS, p99 <= P99_TARGET_MS ? "met" : "NOT met"));
            }
        }
        Phase overview = phases.get("overview direct latency");
        Phase network = phases.get("network direct latency");
        Phase schedulePart = phases.get("schedule-overview direct latency");
        Phase overviewThroughput = phases.get("overview direct throughput");
        Phase networkThroughput = phases.get("network direct throughput");
        if (overview != null && network != null && overviewThroughput != null && networkThroughput != null) {
            out.append(String.format(Locale.ROOT, "the schedule call (overview minus the local-only network read, "
                            + "direct): p50 %+d ms, p95 %+d ms, p99 %+d ms; throughput %.2f x the network read's%n",
                    overview.percentile(50) - network.percentile(50), overview.percentile(95) - network.percentile(95),
                    overview.percentile(99) - network.percentile(99),
                    overviewThroughput.perSecond() / networkThroughput.perSecond()));
        }
        if (schedulePart != null) {
            out.append(String.format(Locale.ROOT, "of which schedule-service's own answer (schedule-overview direct): "
                    + "p50 %d ms, p95 %d ms, p99 %d ms%n", schedulePart.percentile(50), schedulePart.percentile(95),
                    schedulePart.percentile(99)));
        }
        return out.toString();
    }

    void write(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unavailable) {
            return "?";
        }
    }

    private static final class Phase {

        private long start = Long.MAX_VALUE;
        private long end;
        private String load = "?";
        private int[] times = new int[16_384];
        private int count;
        private long requests;
        private long errors;

        synchronized void started(long at) {
            start = Math.min(start, at);
        }

        synchronized void ended(long at, String loadAverage) {
            if (at >= end) {
                end = at;
                load = loadAverage;
            }
        }

        synchronized void record(Integer responseTimeMillis, boolean failed) {
            requests++;
            if (failed) {
                errors++;
            }
            if (responseTimeMillis != null) {
                if (count == times.length) {
                    times = Arrays.copyOf(times, count * 2);
                }
                times[count++] = responseTimeMillis;
            }
        }

        synchronized long requests() {
            return requests;
        }

        synchronized long errors() {
            return errors;
        }

        synchronized String load() {
            return load;
        }

        /** Complete answers per second: an overview without its schedule part is an error, not throughput. */
        synchronized double perSecond() {
            return end > start ? (requests - errors) * 1000.0 / (end - start) : 0;
        }

        /** The nearest-rank percentile of the response times; 100 is the maximum. */
        synchronized long percentile(double percent) {
            if (count == 0) {
                return 0;
            }
            int[] sorted = Arrays.copyOf(times, count);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100 * count);
            return sorted[Math.max(0, Math.min(count, rank) - 1)];
        }
    }
}
