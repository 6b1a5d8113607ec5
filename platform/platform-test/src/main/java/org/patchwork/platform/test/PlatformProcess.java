package org.patchwork.platform.test;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Patchwork part started from its built jar as a separate process, the way {@code ./patchwork up} runs it,
 * with its output in {@code target/platform-logs/<name>.log}. A Patchwork part listens on two ports: its public one
 * ({@link #url()}) and its management one ({@link #managementUrl()}, loopback), where its readiness is asked.
 */
public final class PlatformProcess implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("patchwork.jars.root", "..")).toAbsolutePath().normalize();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;
    private final String readiness;

    private PlatformProcess(String name, int port, int managementPort, Process process, Path log, String readiness) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
        this.readiness = readiness;
    }

    public static PlatformProcess start(String module, Map<String, String> environment) throws IOException {
        return start(module, environment, freePort());
    }

    public static PlatformProcess start(String module, Map<String, String> environment, int port) throws IOException {
        return start(module, module, environment, port);
    }

    /**
     * Another instance of {@code module} is given its own {@code name}, for its log ({@code <name>.log}) and its copy
     * of the jar.
     */
    public static PlatformProcess start(String module, String name, Map<String, String> environment, int port)
            throws IOException {
        Path jar = ROOT.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services before the platform journeys");
        }
        // The process runs a copy: a rebuild of the module while the journeys run must not change its classes.
        Path copies = Files.createDirectories(Path.of("target", "platform-jars"));
        Path copy = Files.copy(jar, copies.resolve(name + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        int managementPort = freePort();
        Map<String, String> withPorts = new java.util.HashMap<>(environment);
        withPorts.put("PORT", String.valueOf(port));
        withPorts.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        // The same heap, collector and stack as './patchwork up' gives every service.
        String options = "@" + ROOT.resolve("deploy").resolve("service-jvm.options");
        return run(name, copy.toAbsolutePath(), List.of(options), withPorts, port, managementPort,
                "/actuator/health/readiness");
    }

    /**
     * One of the local stand-ins for what council hosting provides (the mail catcher), from its jar in
     * {@code target/tools}; {@code port} is the one its readiness is asked on.
     */
    public static PlatformProcess startTool(String name, String jarName, List<String> javaOptions, int port,
                                     String readinessPath) throws IOException {
        Path jar = Path.of("target", "tools", jarName).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the deploy module's build copies it there");
        }
        return run(name, jar, javaOptions, Map.of(), port, port, readinessPath);
    }

    private static PlatformProcess run(String name, Path jar, List<String> javaOptions, Map<String, String> environment,
                                       int port, int managementPort, String readinessPath) throws IOException {
        Path logs = Path.of("target", "platform-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // As in the local run, every part listens on loopback only.
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().putAll(environment);
        return new PlatformProcess(name, port, managementPort, builder.start(), log, readinessPath);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Where the part's health, metrics and other management endpoints are. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** The port of {@link #managementUrl()}, where Prometheus scrapes the part. */
    public int managementPort() {
        return managementPort;
    }

    /** The operating system's id of the process. */
    public long pid() {
        return process.pid();
    }

    public PlatformProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(managementUrl() + readiness)
                        .toURL().openConnection();
                if (connection.getResponseCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Ends the process at once, as a crash or an out-of-memory kill would: no graceful shutdown. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return name + "@" + port + " (" + new File(log.toString()).getAbsolutePath() + ")";
    }
}
