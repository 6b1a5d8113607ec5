package org.patchwork.directory.contact;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TidyTest {

    @Test
    void theSameAreaIsKeptOnceInItsFirstSpelling() {
        assertThat(Tidy.areas(Arrays.asList(" Lichfield ", "Burntwood", "lichfield", "Lichfield   City")))
                .containsExactly("Lichfield", "Burntwood", "Lichfield City");
        assertThat(Tidy.areas(null)).isEmpty();
    }

    @Test
    void blankTextMeansNotGiven() {
        assertThat(Tidy.text("   ")).isNull();
        assertThat(Tidy.text(" 01543 308000 ")).isEqualTo("01543 308000");
    }
}
