package org.patchwork.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The release of the part under test: {@code service.version} in its pom (tests run in the module's folder). */
public final class Release {

    private static final Pattern SERVICE_VERSION = Pattern.compile("<service\\.version>([^<]+)</service\\.version>");

    private Release() {
    }

    public static String ofThisPart() {
        try {
            Matcher version = SERVICE_VERSION.matcher(Files.readString(Path.of("pom.xml")));
            if (!version.find()) {
                throw new AssertionError("No <service.version> in this part's pom.xml");
            }
            return version.group(1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
