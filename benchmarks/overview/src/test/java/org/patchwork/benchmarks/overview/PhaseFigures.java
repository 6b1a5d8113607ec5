package org.patchwork.benchmarks.overview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

    private static final double P99_TARGET_MS = 25;
    private static final double GATEWAY_SHARE_TARGET = 0.9;
    private static final double GATEWAY_OVERVIEWS_TARGET = 1_000;
    /** CPU per complete overview through the gateway at saturation: gateway, client-network, schedule, PostgreSQL. */
    private static final double OVERVIEW_CPU_TARGET_MS = 2.0;
    private static final List<String> ANSWER_PARTS = List.of("gateway", "client-network", "schedule", ProcessCpu.POSTGRESQL);

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
        phases.get(phase).record(System.currentTimeMillis(), responseTimeMillis, failed);
    }

    /**
     * Each phase second by second (by when the answers came): answers, errors, p50, p99 and the slowest, with the
     * time of day, to tell bursts of slow answers (a pause, a checkpoint) from a tail spread over the whole phase.
     */
    String timeline() {
        StringBuilder out = new StringBuilder("phase,second,time,answers,errors,p50_ms,p99_ms,max_ms\n");
        for (String name : order) {
            phases.get(name).timeline(name, out);
        }
        return out.toString();
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
        Phase gatewayOverviews = phases.get("overview gateway throughput");
        if (gatewayOverviews != null) {
            out.append(String.format(Locale.ROOT, "overview gateway throughput: %,.0f complete answers/s "
                    + "(target >= %,.0f: %s)%n", gatewayOverviews.perSecond(), GATEWAY_OVERVIEWS_TARGET,
                    gatewayOverviews.perSecond() >= GATEWAY_OVERVIEWS_TARGET ? "met" : "NOT met"));
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

    /**
     * What each part of the platform spent per request in each phase, in CPU milliseconds (its CPU time over the
     * phase divided by the phase's requests), and how busy the whole machine was: where a phase's time went.
     */
    String cpuTable(ProcessCpu cpu) {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder out = new StringBuilder("CPU per request (ms), by part, and the machine's busy share of its ")
                .append(cores).append(" cores:\n\n| Phase |");
        for (String part : cpu.parts()) {
            out.append(' ').append(part.equals(ProcessCpu.MACHINE) ? "all, incl. kernel" : part).append(" |");
        }
        out.append(" machine busy |\n|---|").append("---:|".repeat(cpu.parts().size() + 1)).append('\n');
        for (String name : order) {
            Phase phase = phases.get(name);
            Map<String, Double> used = cpu.between(phase.start(), phase.end());
            out.append("| ").append(name).append(" |");
            for (String part : cpu.parts()) {
                Double millis = used.get(part);
                out.append(millis == null || phase.requests() == 0 ? " ? |"
                        : String.format(Locale.ROOT, " %.2f |", millis / phase.requests()));
            }
            Double machine = used.get(ProcessCpu.MACHINE);
            long duration = phase.end() - phase.start();
            out.append(machine == null || duration <= 0 ? " ? |"
                    : String.format(Locale.ROOT, " %.0f%% |", 100 * machine / (duration * cores))).append('\n');
        }
        out.append('\n').append(cpuTargets(cpu));
        return out.toString();
    }

    /**
     * The cost targets: CPU per complete overview through the gateway at saturation, summed over the parts that make
     * the answer; and, per part and endpoint, CPU per request at the latency phases' rate against saturation (a part
     * spending more per request at a moderate rate spends it on fixed per-second work, not on answers).
     */
    private String cpuTargets(ProcessCpu cpu) {
        StringBuilder out = new StringBuilder();
        Phase saturated = phases.get("overview gateway throughput");
        if (saturated != null && saturated.requests() > 0) {
            Map<String, Double> used = cpu.between(saturated.start(), saturated.end());
            double perAnswer = ANSWER_PARTS.stream().mapToDouble(part -> used.getOrDefault(part, 0.0)).sum()
                    / saturated.requests();
            out.append(String.format(Locale.ROOT, "CPU per overview through the gateway at saturation (%s): %.2f ms "
                    + "(target <= %.1f ms: %s)%n", String.join(" + ", ANSWER_PARTS), perAnswer, OVERVIEW_CPU_TARGET_MS,
                    perAnswer <= OVERVIEW_CPU_TARGET_MS ? "met" : "NOT met"));
        }
        for (String name : order) {
            if (!name.endsWith(" latency")) {
                continue;
            }
            Phase moderate = phases.get(name);
            Phase full = phases.get(name.replace(" latency", " throughput"));
            if (full == null || moderate.requests() == 0 || full.requests() == 0) {
                continue;
            }
            Map<String, Double> atModerate = cpu.between(moderate.start(), moderate.end());
            Map<String, Double> atFull = cpu.between(full.start(), full.end());
            List<String> dearer = new ArrayList<>();
            for (String part : ANSWER_PARTS) {
                Double a = atModerate.get(part);
                Double b = atFull.get(part);
                if (a != null && b != null && b > 0 && a / moderate.requests() > 1.1 * b / full.requests()) {
                    dearer.add(String.format(Locale.ROOT, "%s %.2f vs %.2f ms", part, a / moderate.requests(),
                            b / full.requests()));
                }
            }
            out.append(String.format(Locale.ROOT, "%s vs saturation, CPU per request: %s%n",
                    name.replace(" latency", ""), dearer.isEmpty() ? "no part dearer by more than 10% (target: met)"
                            : "dearer at the moderate rate: " + String.join(", ", dearer) + " (target: NOT met)"));
        }
        return out.toString();
    }

    /** This run's p50, p99 and answers a second per phase, one line each, for the growth table of later runs. */
    String keyFigures() {
        StringBuilder out = new StringBuilder();
        for (String name : order) {
            Phase phase = phases.get(name);
            out.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%.0f%n", name, phase.percentile(50), phase.percentile(99),
                    phase.perSecond()));
        }
        return out.toString();
    }

    /**
     * The growth table: for each phase, p50 / p99 / answers a second at each number of clients a run has left its
     * key figures for in {@code directory} ({@code scale-<clients>.tsv}), side by side, fewest clients first. The
     * answer's cost must not grow with the data.
     */
    static String growthTable(Path directory) throws IOException {
        Map<Integer, Map<String, String[]>> runs = new TreeMap<>();
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("scale-\\d+\\.tsv")).toList()) {
                int clients = Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
                Map<String, String[]> figures = new TreeMap<>();
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split("\t");
                    figures.put(fields[0], Arrays.copyOfRange(fields, 1, fields.length));
                }
                runs.put(clients, figures);
            }
        }
        if (runs.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Growth: p50 / p99 / answers a second by number of clients seeded "
                + "(each column from the latest run at that scale)\n\n| Phase |");
        runs.keySet().forEach(clients -> out.append(String.format(Locale.ROOT, " %,d clients |", clients)));
        out.append("\n|---|").append("---:|".repeat(runs.size())).append('\n');
        List<String> names = new ArrayList<>(runs.values().iterator().next().keySet());
        for (String name : names) {
            out.append("| ").append(name).append(" |");
            for (Map<String, String[]> figures : runs.values()) {
                String[] f = figures.get(name);
                out.append(f == null ? " – |" : " %s / %s ms / %s |".formatted(f[0], f[1], f[2]));
            }
            out.append('\n');
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
        private long[] at = new long[16_384];
        private int count;
        private final Map<Long, Integer> errorsBySecond = new TreeMap<>();
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

        synchronized void record(long answeredAt, Integer responseTimeMillis, boolean failed) {
            requests++;
            if (failed) {
                errors++;
                errorsBySecond.merge(answeredAt / 1000, 1, Integer::sum);
            }
            if (responseTimeMillis != null) {
                if (count == times.length) {
                    times = Arrays.copyOf(times, count * 2);
                    at = Arrays.copyOf(at, count * 2);
                }
                at[count] = answeredAt;
                times[count++] = responseTimeMillis;
            }
        }

        synchronized void timeline(String name, StringBuilder out) {
            Map<Long, List<Integer>> bySecond = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                bySecond.computeIfAbsent(at[i] / 1000, second -> new ArrayList<>()).add(times[i]);
            }
            long first = bySecond.isEmpty() ? 0 : bySecond.keySet().iterator().next();
            bySecond.forEach((second, list) -> {
                int[] sorted = list.stream().mapToInt(Integer::intValue).sorted().toArray();
                out.append(String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%d,%d,%d%n", name, second - first,
                        Instant.ofEpochSecond(second), sorted.length, errorsBySecond.getOrDefault(second, 0),
                        rank(sorted, 50), rank(sorted, 99), sorted[sorted.length - 1]));
            });
        }

        synchronized long start() {
            return start;
        }

        synchronized long end() {
            return end;
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
            return rank(sorted, percent);
        }

        private static int rank(int[] sorted, double percent) {
            int rank = (int) Math.ceil(percent / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
        }
    }
}
