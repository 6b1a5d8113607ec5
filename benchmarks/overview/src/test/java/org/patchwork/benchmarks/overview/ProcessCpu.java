package org.patchwork.benchmarks.overview;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the machine's CPU goes while the benchmark runs: once a second, the CPU time each part of the platform has
 * used so far, read from Linux's {@code /proc} (the services by their process ids; PostgreSQL as every
 * {@code postgres} process plus what its postmaster has collected from the backends and workers that ended;
 * Keycloak as its Quarkus process; the benchmark's own JVM, which also runs Kafka), and the whole machine's busy
 * time from {@code /proc/stat}. {@link #between} gives what each used between two moments, so each phase's CPU can be
 * divided by its requests. Linux only: elsewhere every figure reads as unknown.
 */
final class ProcessCpu implements AutoCloseable {

    static final String POSTGRESQL = "PostgreSQL";
    static final String KEYCLOAK = "Keycloak";
    static final String BENCH = "bench JVM (Gatling, Kafka)";
    static final String MACHINE = "machine";

    private static final Path PROC = Path.of("/proc");
    /** Linux reports process times in clock ticks of 1/100 s on every platform it runs on. */
    private static final double MILLIS_PER_TICK = 10;

    private final Map<Long, String> services;
    private final List<String> parts;
    private final Map<Long, String> partOfPid = new HashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread sampler;

    private record Sample(long at, Map<String, Long> ticks) {
    }

    /** @param services each service's name and process id */
    ProcessCpu(Map<String, Long> services) {
        this.services = new HashMap<>();
        List<String> names = new ArrayList<>();
        services.forEach((name, pid) -> {
            this.services.put(pid, name);
            names.add(name);
        });
        names.addAll(List.of(POSTGRESQL, KEYCLOAK, BENCH, MACHINE));
        this.parts = List.copyOf(names);
        this.sampler = Thread.ofPlatform().daemon().name("bench-process-cpu").unstarted(this::sampleEverySecond);
    }

    ProcessCpu start() {
        sampler.start();
        return this;
    }

    /** The parts in the order they were named, then PostgreSQL, Keycloak, the benchmark's JVM and the machine. */
    List<String> parts() {
        return parts;
    }

    /**
     * The CPU milliseconds each part used between the two moments (epoch milliseconds), from the samples nearest
     * inside them; for {@link #MACHINE}, all processes' and the kernel's. Empty when no two samples lie between.
     */
    synchronized Map<String, Double> between(long from, long to) {
        Sample first = null;
        Sample last = null;
        for (Sample sample : samples) {
            if (sample.at >= from && sample.at <= to) {
                first = first == null ? sample : first;
                last = sample;
            }
        }
        if (first == null || first == last) {
            return Map.of();
        }
        // The samples lie up to a second inside the phase: scale to the whole phase.
        double scale = (double) (to - from) / (last.at - first.at);
        Map<String, Double> used = new LinkedHashMap<>();
        for (String part : parts) {
            Long before = first.ticks.get(part);
            Long after = last.ticks.get(part);
            if (before != null && after != null) {
                used.put(part, (after - before) * MILLIS_PER_TICK * scale);
            }
        }
        return used;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }

    private void sampleEverySecond() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Map<String, Long> ticks = read();
                synchronized (this) {
                    samples.add(new Sample(System.currentTimeMillis(), ticks));
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException unreadable) {
            BenchPlatform.log("CPU per part not available: " + unreadable);
        }
    }

    private Map<String, Long> read() throws IOException {
        Map<String, Long> ticks = new HashMap<>();
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                String[] stat = stat(process);
                if (stat == null) {
                    continue; // ended since the directory was listed
                }
                String part = pid == self ? BENCH : partOfPid.computeIfAbsent(pid, this::partOf);
                if (part.isEmpty()) {
                    continue;
                }
                // After the command's closing parenthesis: 0 state, 1 ppid, ... 11 utime, 12 stime,
                // 13 cutime, 14 cstime (times of ended children the process has waited for).
                long used = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                if (part.equals(POSTGRESQL)
                        && !partOfPid.computeIfAbsent(Long.parseLong(stat[1]), this::partOf).equals(POSTGRESQL)) {
                    used += Long.parseLong(stat[13]) + Long.parseLong(stat[14]); // the postmaster
                }
                ticks.merge(part, used, Long::sum);
            }
        }
        // cpu  user nice system idle iowait irq softirq steal ...: all but idle and iowait are busy
        String[] machine = Files.readAllLines(PROC.resolve("stat")).getFirst().trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < Math.min(machine.length, 9); i++) {
            busy += i == 4 || i == 5 ? 0 : Long.parseLong(machine[i]);
        }
        ticks.put(MACHINE, busy);
        return ticks;
    }

    /** A process's name, or "" for one that plays no part here. */
    private String partOf(long pid) {
        String service = services.get(pid);
        if (service != null) {
            return service;
        }
        if (isPostgres(pid)) {
            return POSTGRESQL;
        }
        try {
            String command = Files.readString(PROC.resolve(String.valueOf(pid)).resolve("cmdline"));
            return command.contains("quarkus") && command.contains("keycloak") ? KEYCLOAK : "";
        } catch (IOException | RuntimeException ended) {
            return "";
        }
    }

    private static boolean isPostgres(long pid) {
        try {
            return Files.readString(PROC.resolve(String.valueOf(pid)).resolve("comm")).strip().equals("postgres");
        } catch (IOException | RuntimeException ended) {
            return false;
        }
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name, or null when the process has ended. */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException ended) {
            return null;
        }
    }
}
