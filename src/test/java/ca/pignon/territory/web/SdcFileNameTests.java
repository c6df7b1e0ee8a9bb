package ca.pignon.territory.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The uploaded file's name is kept as a label: never its folders, never longer than its column. */
class SdcFileNameTests {

	@Test
	void keepsTheNameWithoutFoldersAndCutsALongOneToItsColumn() {
		assertThat(SdcController.fileName("C:\\Users\\ville\\sdc-2026.geojson")).isEqualTo("sdc-2026.geojson");
		assertThat(SdcController.fileName("/tmp/a/sdc.geojson")).isEqualTo("sdc.geojson");
		assertThat(SdcController.fileName(null)).isEmpty();
		assertThat(SdcController.fileName("s".repeat(1000) + ".geojson")).hasSize(300);
	}

}
