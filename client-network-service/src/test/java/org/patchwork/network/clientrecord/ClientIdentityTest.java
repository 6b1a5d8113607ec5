package org.patchwork.network.clientrecord;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;


class ClientIdentityTest {

    @Test
    void familyNamesCompareWithoutCaseAccentsSpacesHyphensOrApostrophes() {
        assertThat(ClientIdentity.familyNameKey("O'Brien-Núñez")).isEqualTo("obriennunez");
        assertThat(ClientIdentity.familyNameKey("  obrien  NUNEZ ")).isEqualTo("obriennunez");
        assertThat(ClientIdentity.familyNameKey("Ó’Brïen Nuñez")).isEqualTo("obriennunez");
    }

    @Test
    void initialsShowOnlyTheFirstLetterOfEachName() {
        assertThat(ClientIdentity.initials("jo", "Sample")).isEqualTo("J.S.");
        assertThat(ClientIdentity.initials("Élodie", "Ørsted")).isEqualTo("E.Ø.");
    }

    @Test
    void postcodesAreWrittenTheUsualWayAndTheirDistrictIsTheOutwardCode() {
        assertThat(ClientIdentity.postcode("ws136yy")).isEqualTo("WS13 6YY");
        assertThat(ClientIdentity.postcode(" WS13  6YY ")).isEqualTo("WS13 6YY");
        assertThat(ClientIdentity.postcode("  ")).isNull();
        assertThat(ClientIdentity.postcodeDistrict("b1 1aa")).isEqualTo("B1");
        assertThat(ClientIdentity.postcodeDistrict(null)).isNull();
    }
}
