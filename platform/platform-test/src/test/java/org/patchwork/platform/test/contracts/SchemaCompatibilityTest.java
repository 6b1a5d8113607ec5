package org.patchwork.platform.test.contracts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String RELEASED = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {
               "eventId": {"type": "string", "format": "uuid"},
               "priority": {"type": "string", "enum": ["NORMAL", "URGENT"]},
               "leadProfessionalId": {"type": ["string", "null"], "format": "uuid"},
               "memberIds": {"type": "array", "items": {"type": "string", "format": "uuid"}},
               "professional": {"anyOf": [{"$ref": "#/$defs/Ref"}, {"type": "null"}]}},
             "required": ["eventId", "priority", "leadProfessionalId", "memberIds", "professional"],
             "additionalProperties": false,
             "$defs": {"Ref": {"type": "object",
               "properties": {"id": {"type": "string", "format": "uuid"}, "agency": {"type": "string"}},
               "required": ["id", "agency"], "additionalProperties": false}}}""";

    @Test
    void theSameSchemaIsCompatible() {
        assertThat(SchemaCompatibility.problems(json(RELEASED), json(RELEASED))).isEmpty();
    }

    @Test
    void anAddedOptionalFieldAnAddedEnumValueAndAnAddedNestedFieldAreCompatible() {
        String current = RELEASED
                .replace("\"memberIds\": {", "\"clientInitials\": {\"type\": \"string\"}, \"memberIds\": {")
                .replace("[\"NORMAL\", \"URGENT\"]", "[\"NORMAL\", \"URGENT\", \"LOW\"]")
                .replace("\"agency\": {\"type\": \"string\"}}", "\"agency\": {\"type\": \"string\"}, \"team\": {\"type\": \"string\"}}");

        assertThat(SchemaCompatibility.problems(json(RELEASED), json(current))).isEmpty();
    }

    @Test
    void aRemovedFieldIsIncompatible() {
        String current = RELEASED.replace("\"priority\": {\"type\": \"string\", \"enum\": [\"NORMAL\", \"URGENT\"]},", "")
                .replace("\"eventId\", \"priority\",", "\"eventId\",");

        assertThat(SchemaCompatibility.problems(json(RELEASED), json(current)))
                .containsExactly("$.priority: removed (or renamed)");
    }

    @Test
    void aRenamedNestedFieldIsIncompatible() {
        String current = RELEASED.replace("\"agency\": {\"type\": \"string\"}", "\"agencyCode\": {\"type\": \"string\"}")
                .replace("[\"id\", \"agency\"]", "[\"id\", \"agencyCode\"]");

        assertThat(SchemaCompatibility.problems(json(RELEASED), json(current))).containsExactlyInAnyOrder(
                "$.professional.agency: removed (or renamed)",
                "$.professional.agencyCode: newly required, but events published before lack it");
    }

    @Test
    void aChangedTypeOrFormatIsIncompatibleAndSoIsBecomingNullable() {
        String current = RELEASED.replace("\"eventId\": {\"type\": \"string\", \"format\": \"uuid\"}",
                        "\"eventId\": {\"type\": \"integer\"}")
                .replace("\"items\": {\"type\": \"string\", \"format\": \"uuid\"}", "\"items\": {\"type\": \"string\"}")
                .replace("\"priority\": {\"type\": \"string\",", "\"priority\": {\"type\": [\"string\", \"null\"],");

        assertThat(SchemaCompatibility.problems(json(RELEASED), json(current))).containsExactlyInAnyOrder(
                "$.eventId: type changed from [string] to [integer]",
                "$.eventId: format changed from 'uuid' to ''",
                "$.priority: type changed from [string] to [null, string]",
                "$.memberIds[]: format changed from 'uuid' to ''");
    }

    @Test
    void aFieldThatIsNoLongerNullableIsIncompatibleBecauseEventsPublishedBeforeHoldNull() {
        String current = RELEASED.replace("{\"anyOf\": [{\"$ref\": \"#/$defs/Ref\"}, {\"type\": \"null\"}]}",
                "{\"$ref\": \"#/$defs/Ref\"}");

        assertThat(SchemaCompatibility.problems(json(RELEASED), json(current)))
                .containsExactly("$.professional: type changed from [null, object] to [object]");
    }

    @Test
    void aNewlyRequiredFieldAndAFieldNoLongerRequiredAreIncompatible() {
        String current = RELEASED
                .replace("\"memberIds\": {", "\"clientInitials\": {\"type\": \"string\"}, \"memberIds\": {")
                .replace("\"required\": [\"eventId\", \"priority\",", "\"required\": [\"eventId\", \"clientInitials\",");

        assertThat(SchemaCompatibility.problems(json(RELEASED), json(current))).containsExactlyInAnyOrder(
                "$.priority: no longer required, so consumers may no longer count on it",
                "$.clientInitials: newly required, but events published before lack it");
    }

    @Test
    void anEnumValueNoLongerAllowedIsIncompatible() {
        String current = RELEASED.replace("[\"NORMAL\", \"URGENT\"]", "[\"NORMAL\"]");

        assertThat(SchemaCompatibility.problems(json(RELEASED), json(current)))
                .containsExactly("$.priority: no longer allows [\"URGENT\"]");
    }

    @Test
    void versionsAreOrderedByNumberNotByText() {
        assertThat(EventContracts.compareVersions("0.10.0", "0.9.1")).isPositive();
        assertThat(EventContracts.compareVersions("1.0", "1.0.0")).isZero();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
