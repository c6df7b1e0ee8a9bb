package ca.pignon.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The sector family whose examples a merchant sees, from the NAICS code of their business. */
class SectorFamilyTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "311811, FOOD", "722511, FOOD", "445110, FOOD", "312120, FOOD", "448140, RETAIL", "453220, RETAIL",
			"441110, RETAIL", "812115, SERVICES", "541920, SERVICES", "621210, SERVICES", "711130, OTHER",
			"531110, OTHER", "23, OTHER" })
	void findsTheFamilyOfASector(String naics, SectorFamily family) {
		assertThat(SectorFamily.of(naics)).isEqualTo(family);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void fallsBackToOtherSectorsWithoutACode(String naics) {
		assertThat(SectorFamily.of(naics)).isEqualTo(SectorFamily.OTHER);
	}

}
