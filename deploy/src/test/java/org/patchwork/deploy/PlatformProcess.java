package org.patchwork.deploy;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Patchwork part started from its built jar as a separate process, the way {@code ./patchwork up} runs it,
 * with its output in {@code target/platform-logs/<name>.log}.
 */
final class PlatformProcess implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("patchwork.jars.root", "..")).toAbsolutePath().normalize();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private PlatformProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static PlatformProcess start(String module, Map<String, String> environment) throws IOException {
        return start(module, environment, freePort());
    }

    static PlatformProcess start(String module, Map<String, String> environment, int port) throws IOException {
        Path jar = ROOT.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services before the platform journeys");
        }
        Path logs = Path.of("target", "platform-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(module + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        return new PlatformProcess(module, port, builder.start(), log);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    PlatformProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url() + "/actuator/health/readiness")
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

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return name + "@" + port + " (" + new File(log.toString()).getAbsolutePath() + ")";
    }
}
