package org.patchwork.deploy.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.testcontainers.utility.DockerImageName;

/**
 * The images as {@code ./patchwork images} builds them, for tests that run what ships: makes sure podman's
 * Docker-compatible API is up ({@code deploy/containers/setup-host socket}, the socket surefire's {@code DOCKER_HOST}
 * names) and that the named images are built from the jars there are (incremental: an unchanged image is kept;
 * a build already under way, such as the base image {@code ./patchwork test} starts early, is waited for).
 */
final class ShippedImages {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Where {@code images} puts them: {@code PATCHWORK_IMAGE_NAMESPACE}, or {@code localhost/patchwork}. */
    private static final String NAMESPACE = System.getenv().getOrDefault("PATCHWORK_IMAGE_NAMESPACE",
            "localhost/patchwork");

    private ShippedImages() {
    }

    /** The image {@code images} builds for {@code part}, e.g. {@code image("kafka:4.1.2")}. */
    static DockerImageName image(String partAndTag) {
        return DockerImageName.parse(NAMESPACE + "/" + partAndTag);
    }

    static void ensure(String... parts) throws IOException, InterruptedException {
        // The images first: they set the machine up (setup-host) and wait for a build the test run began early.
        List<String> images = new ArrayList<>(List.of(ROOT.resolve("deploy/containers/images").toString()));
        images.addAll(List.of(parts));
        run(images);
        run(List.of(ROOT.resolve("deploy/containers/setup-host").toString(), "socket"));
    }

    /**
     * A newer release of a part as far as the layout can tell: its shipped image with another version label, tagged
     * {@code <namespace>/<part>:<newVersion>}. Returns that image.
     */
    static DockerImageName newerImageOf(String part, String version, String newVersion) throws IOException, InterruptedException {
        Path context = Files.createTempDirectory("newer-" + part);
        Path containerfile = context.resolve("Containerfile");
        DockerImageName image = image(part + ":" + newVersion);
        try {
            Files.writeString(containerfile, "FROM " + image(part + ":" + version).asCanonicalNameString() + "\n");
            run(List.of("podman", "build", "--quiet", "--format", "docker",
                    "--label", "org.opencontainers.image.version=" + newVersion,
                    "--file", containerfile.toString(), "--tag", image.asCanonicalNameString(), context.toString()));
        } finally {
            Files.deleteIfExists(containerfile);
            Files.deleteIfExists(context);
        }
        return image;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("shipped-images", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PATCHWORK_IMAGES_FROM_BUILT_JARS", "true");
        Process process = builder.start();
        if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
        Files.deleteIfExists(log);
    }
}
