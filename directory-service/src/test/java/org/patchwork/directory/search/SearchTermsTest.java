package org.patchwork.directory.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

    @Test
    void eachWordBecomesAPrefixAndTheTextIsTidied() {
        SearchTerms terms = SearchTerms.of("  District   NURSE ");

        assertThat(terms.text()).isEqualTo("district nurse");
        assertThat(terms.prefixQuery()).isEqualTo("district:* & nurse:*");
    }

    @Test
    void punctuationCannotBreakTheFullTextExpression() {
        assertThat(SearchTerms.of("o'neil & (x | !y):*").prefixQuery())
                .isEqualTo("o:* & neil:* & x:* & y:*");
    }

    @Test
    void nothingToSearchForIsEmpty() {
        assertThat(SearchTerms.of(null).isEmpty()).isTrue();
        assertThat(SearchTerms.of(" !? ").isEmpty()).isTrue();
        assertThat(SearchTerms.of(" !? ").text()).isEmpty();
    }
}
