package org.patchwork.directory.search;

import org.junit.jupiter.api.Test;
import org.patchwork.directory.agency.AgencyKind;

import static org.assertj.core.api.Assertions.assertThat;

class SearchStatementsTest {

    @Test
    void blankFiltersDoNotFilterAndNoWordsMeansNoTextMatch() {
        SearchStatement statement = SearchStatements.professionals(
                new ProfessionalSearch(SearchTerms.of(""), " ", null, "", null, 0, 20), "lichfield-dc");

        assertThat(statement.sql()).doesNotContain(":text", ":agency", ":kind", ":role", ":area");
        assertThat(statement.params()).containsOnlyKeys("callerAgency", "limit", "offset");
    }

    @Test
    void everyFilterGivenMustHold() {
        SearchStatement statement = SearchStatements.professionals(new ProfessionalSearch(SearchTerms.of("nurse"),
                "nhs-primary-care", AgencyKind.NHS, "district", "Burntwood", 0, 20), "lichfield-dc");

        assertThat(statement.sql()).contains("p.agency_code = :agency", "a.kind = :kind", "p.job_title ILIKE :role",
                "lower(:area) = ANY", ":word0 <% p.name", "to_tsquery('simple', :words)");
        assertThat(statement.params()).containsEntry("kind", "NHS").containsEntry("role", "%district%")
                .containsEntry("words", "nurse:*");
    }

    @Test
    void eachWordTypedMustBeSimilarToAWordOfTheNameJobTitleOrAgencyName() {
        SearchStatement statement = SearchStatements.professionals(
                new ProfessionalSearch(SearchTerms.of("Sample Gorukun"), null, null, null, null, 0, 20), "");

        assertThat(statement.sql()).contains("(:word0 <% p.name AND :word1 <% p.name)",
                "(:word0 <% p.job_title AND :word1 <% p.job_title)",
                "(:word0 <% a.name AND :word1 <% a.name) LIMIT :fuzzyCandidates",
                "CASE WHEN (:word0 <% a.name AND :word1 <% a.name)")
                .doesNotContain(":text <% name", ":text <% a.name");
        assertThat(statement.params()).containsEntry("word0", "sample").containsEntry("word1", "gorukun");
    }

    @Test
    void matchesBySpellingAloneAreBoundedAndTakenUnderTheFiltersWhileFullTextMatchesAreNot() {
        SearchStatement statement = SearchStatements.professionals(new ProfessionalSearch(SearchTerms.of("Samog"),
                "nhs-primary-care", null, null, null, 0, 20), "lichfield-dc");

        assertThat(statement.sql()).contains("(p.search_vector @@ to_tsquery('simple', :words)",
                "WHERE to_tsvector('simple', name) @@ to_tsquery('simple', :words)",
                "WHERE p.status = 'ACTIVE' AND a.status = 'ONBOARDED' AND p.agency_code = :agency"
                        + " AND (:word0 <% p.name) LIMIT :fuzzyCandidates)",
                "AND (:word0 <% p.job_title) LIMIT :fuzzyCandidates)",
                "AND (:word0 <% a.name) LIMIT :fuzzyCandidates)) AS alike");
        assertThat(statement.params()).containsEntry("fuzzyCandidates", SearchStatements.FUZZY_CANDIDATES);
    }

    @Test
    void likeWildcardsInARoleAreTakenLiterally() {
        SearchStatement statement = SearchStatements.professionals(
                new ProfessionalSearch(SearchTerms.of(""), null, null, "100%_sure", null, 0, 20), "");

        assertThat(statement.params()).containsEntry("role", "%100\\%\\_sure%");
    }

    @Test
    void aPageFetchesOneRowMoreThanItShowsToKnowWhetherAnotherFollows() {
        SearchStatement statement = SearchStatements.agencies(
                new AgencySearch(SearchTerms.of("council"), null, null, 3, 20), "lichfield-dc");

        assertThat(statement.params()).containsEntry("limit", 21).containsEntry("offset", 60);
    }
}
