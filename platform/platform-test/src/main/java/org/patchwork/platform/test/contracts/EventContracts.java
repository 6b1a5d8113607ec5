package org.patchwork.platform.test.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.patchwork.platform.test.TestEvents;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event contracts one producer keeps beside its code, in
 * {@code <producer>/src/main/resources/contracts/events/<topic>/}: per event type a JSON Schema (draft 2020-12,
 * {@code <Type>.schema.json}, its {@code $id} the CloudEvents {@code dataschema}) and an example message
 * ({@code <Type>.example.json}); and under {@code released/<version>/} the schemas as each release of the producer
 * shipped them. Read from the repository, so a consumer's tests use the producer's files, never a copy.
 */
public final class EventContracts {

    public static final String SCHEMA_BASE = "https://patchwork.example/contracts/events/";
    private static final String EVENTS = "src/main/resources/contracts/events";
    private static final String SCHEMA = ".schema.json";
    private static final String EXAMPLE = ".example.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper CONSUMER_JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));
    private static final Pattern SERVICE_VERSION = Pattern.compile("<service\\.version>([^<]+)</service\\.version>");
    private static final String EXTERNALIZED = "org.springframework.modulith.events.Externalized";
    private static final Map<String, EventContracts> BY_PRODUCER = new ConcurrentHashMap<>();

    private final String producer;
    private final Path folder;
    private final Map<Path, Schema> validators = new ConcurrentHashMap<>();

    private EventContracts(String producer, Path folder) {
        this.producer = producer;
        this.folder = folder;
    }

    /** @param producer the producer's folder at the top of the repository, e.g. {@code directory-service} */
    public static EventContracts of(String producer) {
        return BY_PRODUCER.computeIfAbsent(producer, name -> {
            Path folder = repositoryRoot().resolve(name).resolve(EVENTS);
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException(name + " keeps no event contracts (no " + folder + ")");
            }
            return new EventContracts(name, folder);
        });
    }

    /** The CloudEvents {@code dataschema} of version {@code major} of a type's contract. */
    public static String dataSchema(String topic, String type, int major) {
        return SCHEMA_BASE + topic + "/" + type + "/v" + major;
    }

    public Set<String> topics() {
        return new TreeSet<>(list(folder).filter(Files::isDirectory).map(path -> path.getFileName().toString())
                .toList());
    }

    public boolean owns(String topic) {
        return Files.isDirectory(folder.resolve(topic));
    }

    /** The event types published on the topic now, each with a schema. */
    public Set<String> types(String topic) {
        return typesIn(topicFolder(topic));
    }

    public JsonNode schema(String topic, String type) {
        return read(schemaFile(topic, type));
    }

    /**
     * The type's example message, as a new event of that type would carry it: a fresh {@code eventId} and
     * {@code occurredAt} now, every other field as the producer's example has it. Consumers' tests change the ids
     * they need (the client, the members) and publish it with {@link #publish}.
     */
    public ObjectNode example(String topic, String type) {
        ObjectNode example = (ObjectNode) read(exampleFile(topic, type));
        if (example.has("eventId")) {
            example.put("eventId", UUID.randomUUID().toString());
        }
        if (example.has("occurredAt")) {
            example.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        }
        return example;
    }

    /** The example exactly as the file has it. */
    public JsonNode exampleAsWritten(String topic, String type) {
        return read(exampleFile(topic, type));
    }

    /**
     * The example as written, read into a consumer's own record of the fields it uses, as a consumer reads an event:
     * fields the record does not name are ignored.
     */
    public <T> T exampleAs(String topic, String type, Class<T> record) {
        return CONSUMER_JSON.treeToValue(exampleAsWritten(topic, type), record);
    }

    /** Why the event does not satisfy the type's schema; empty when it does. */
    public List<String> problems(String topic, String type, JsonNode event) {
        Schema schema = validators.computeIfAbsent(schemaFile(topic, type), file -> SCHEMAS.getSchema(read(file)));
        return schema.validate(event).stream().map(Error::toString).toList();
    }

    /**
     * Publishes an event of this producer's onto the test broker as the producer does (a CloudEvent in binary mode
     * with its {@code dataschema}), after checking it against the contract, so that a consumer's test cannot feed
     * its service anything the producer would not send.
     *
     * @param key the CloudEvents subject and Kafka key
     */
    public void publish(String topic, String type, String key, JsonNode event) {
        List<String> problems = problems(topic, type, event);
        if (!problems.isEmpty()) {
            throw new AssertionError("The test's " + type + " breaks " + producer + "'s contract: " + problems);
        }
        TestEvents.publish(topic, type, event.path("eventId").asString(UUID.randomUUID().toString()), key,
                "/" + producer, dataSchema(topic, type, 1), JSON.writeValueAsBytes(event));
    }

    /**
     * Checks a record the producer published: its type has a contract, its {@code ce_dataschema} names it, its
     * value satisfies the schema and has the example's shape (the same fields, at every depth where both hold an
     * object), so that the examples consumers are tested with stay what the producer really sends.
     *
     * @throws AssertionError naming what does not conform
     */
    public void assertConforms(ConsumerRecord<?, byte[]> record) {
        String ceType = header(record, "ce_type");
        if (ceType == null || !ceType.startsWith("org.patchwork.")) {
            throw new AssertionError("Not a Patchwork CloudEvent on " + record.topic() + ": ce_type " + ceType);
        }
        String type = ceType.substring("org.patchwork.".length());
        if (!Files.exists(schemaFile(record.topic(), type))) {
            throw new AssertionError(producer + " published " + type + " on " + record.topic()
                    + " without a contract in " + topicFolder(record.topic()));
        }
        JsonNode schema = schema(record.topic(), type);
        List<String> problems = new ArrayList<>();
        String dataSchema = header(record, "ce_dataschema");
        if (!schema.path("$id").asString("").equals(dataSchema)) {
            problems.add("ce_dataschema is " + dataSchema + ", the contract's $id " + schema.path("$id"));
        }
        String release = release();
        if (release != null && !release.equals(header(record, "ce_sourceversion"))) {
            problems.add("ce_sourceversion is " + header(record, "ce_sourceversion") + ", the producer's release "
                    + release);
        }
        JsonNode event = JSON.readTree(record.value());
        problems.addAll(problems(record.topic(), type, event));
        problems.addAll(shapeDifferences("$", exampleAsWritten(record.topic(), type), event));
        if (!problems.isEmpty()) {
            throw new AssertionError(type + " as published on " + record.topic() + " does not conform to its contract:"
                    + "\n  " + String.join("\n  ", problems) + "\n  published: "
                    + new String(record.value(), StandardCharsets.UTF_8));
        }
    }

    /** The producer's release, {@code service.version} in its pom; {@code null} when it declares none. */
    public String release() {
        try {
            Matcher version = SERVICE_VERSION.matcher(Files.readString(repositoryRoot().resolve(producer)
                    .resolve("pom.xml")));
            return version.find() ? version.group(1).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks records of this producer's topics and leaves other topics' records alone. */
    public void assertConformIfOwned(List<? extends ConsumerRecord<?, byte[]>> records) {
        records.stream().filter(record -> owns(record.topic())).forEach(this::assertConforms);
    }

    /** Examples that do not satisfy their own schema, or types that have a schema and no example. */
    public List<String> exampleProblems() {
        List<String> problems = new ArrayList<>();
        for (String topic : topics()) {
            for (String type : types(topic)) {
                if (!Files.exists(exampleFile(topic, type))) {
                    problems.add(topic + " " + type + ": no example");
                    continue;
                }
                problems(topic, type, exampleAsWritten(topic, type))
                        .forEach(problem -> problems.add(topic + " " + type + " example: " + problem));
                String id = schema(topic, type).path("$id").asString("");
                if (!id.equals(dataSchema(topic, type, 1))) {
                    problems.add(topic + " " + type + ": $id is '" + id + "', not " + dataSchema(topic, type, 1));
                }
            }
        }
        return problems;
    }

    /**
     * Where the producer's published event records (annotated with Modulith's {@code @Externalized("<topic>::…")},
     * found under {@code basePackage}) and its contracts disagree: a record published without a contract, or a
     * contract for a type nothing publishes any more.
     */
    public List<String> coverageProblems(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata().hasAnnotation(EXTERNALIZED));
        Set<String> published = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            AnnotationMetadata metadata = ((AnnotatedBeanDefinition) candidate).getMetadata();
            String topic = String.valueOf(metadata.getAnnotationAttributes(EXTERNALIZED).get("value"))
                    .split("::", 2)[0];
            published.add(topic + " " + ClassUtils.getShortName(metadata.getClassName()));
        }
        Set<String> contracted = new TreeSet<>();
        topics().forEach(topic -> types(topic).forEach(type -> contracted.add(topic + " " + type)));
        List<String> problems = new ArrayList<>();
        published.stream().filter(type -> !contracted.contains(type))
                .forEach(type -> problems.add(type + ": published without a contract"));
        contracted.stream().filter(type -> !published.contains(type))
                .forEach(type -> problems.add(type + ": a contract, but nothing publishes it"));
        return problems;
    }

    /**
     * Where each contract breaks its last released version (see {@link SchemaCompatibility}), and event types that
     * were released and are no longer published; empty when every topic may be released as it is.
     */
    public List<String> incompatibilitiesWithLastRelease() {
        List<String> problems = new ArrayList<>();
        for (String topic : topics()) {
            Path released = lastRelease(topic);
            if (released == null) {
                continue;
            }
            String version = released.getFileName().toString();
            for (String type : typesIn(released)) {
                String where = topic + " " + type + " (against release " + version + "): ";
                Path current = schemaFile(topic, type);
                if (!Files.exists(current)) {
                    problems.add(where + "event type dropped");
                    continue;
                }
                SchemaCompatibility.problems(read(released.resolve(type + SCHEMA)), read(current))
                        .forEach(problem -> problems.add(where + problem));
            }
        }
        return problems;
    }

    private Path lastRelease(String topic) {
        Path released = topicFolder(topic).resolve("released");
        if (!Files.isDirectory(released)) {
            return null;
        }
        return list(released).filter(Files::isDirectory)
                .max(Comparator.comparing(path -> path.getFileName().toString(), EventContracts::compareVersions))
                .orElse(null);
    }

    static int compareVersions(String left, String right) {
        int[] a = Arrays.stream(left.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int[] b = Arrays.stream(right.split("\\.")).mapToInt(Integer::parseInt).toArray();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int compared = Integer.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    static List<String> shapeDifferences(String path, JsonNode example, JsonNode event) {
        List<String> differences = new ArrayList<>();
        if (example.isObject() && event.isObject()) {
            Set<String> missing = new TreeSet<>(example.propertyNames());
            missing.removeAll(event.propertyNames());
            Set<String> extra = new TreeSet<>(event.propertyNames());
            extra.removeAll(example.propertyNames());
            missing.forEach(field -> differences.add(path + "." + field + ": in the example, not published"));
            extra.forEach(field -> differences.add(path + "." + field + ": published, not in the example"));
            example.propertyNames().stream().filter(event::has).forEach(field ->
                    differences.addAll(shapeDifferences(path + "." + field, example.get(field), event.get(field))));
        } else if (example.isArray() && event.isArray() && !example.isEmpty() && !event.isEmpty()) {
            differences.addAll(shapeDifferences(path + "[]", example.get(0), event.get(0)));
        }
        return differences;
    }

    private Path topicFolder(String topic) {
        return folder.resolve(topic);
    }

    private Path schemaFile(String topic, String type) {
        return topicFolder(topic).resolve(type + SCHEMA);
    }

    private Path exampleFile(String topic, String type) {
        return topicFolder(topic).resolve(type + EXAMPLE);
    }

    private static Set<String> typesIn(Path folder) {
        return new TreeSet<>(list(folder).map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith(SCHEMA))
                .map(name -> name.substring(0, name.length() - SCHEMA.length())).toList());
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The checkout this test runs in: the nearest folder above the working directory that holds {@code platform/}. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("platform").resolve("platform-test"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Not inside the Patchwork repository: " + Path.of("").toAbsolutePath());
    }
}
