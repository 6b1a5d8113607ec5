package org.patchwork.platform.test;

/** Where the shared test infrastructure is, read from the environment {@code ./patchwork test} prepares. */
final class TestEnvironment {

    private TestEnvironment() {
    }

    static String get(String name, String defaultValue) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? defaultValue : value;
    }

    static String required(String name, String hint) {
        String value = get(name, null);
        if (value == null) {
            throw new IllegalStateException(name + " is not set. " + hint);
        }
        return value;
    }
}
