package ca.pignon.territory.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;

import ca.pignon.territory.GeocodeCandidate;
import ca.pignon.territory.GeocodeMethod;
import ca.pignon.territory.TerritoryFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The importer of the shipped list of public places must load a full city address file too, whatever its layout.
 */
class AddressCsvImporterTests {

	/** The shape of a municipal address file: pipe-delimited, byte-order mark, street in several columns. */
	static final String CITY_FILE = """
			\uFEFFID|NUMERO|LETTRE|TYPE_VOIE|LIEN|NOM_VOIE|DIRECTION|LATITUDE|LONGITUDE
			1|12|A|Rue|de la|Couronne||46.8140|-71.2260
			2|12||Rue|de la|Couronne||46.8139|-71.2262
			3|205||Boulevard||Charest|Est|46.8155|-71.2240
			4|9||Rue||Sans-Coordonnées||n/a|-71.2
			""";

	@TempDir
	Path directory;

	@Test
	void loadsACityAddressFileThroughConfigurationAlone() throws IOException {
		// given
		Path file = directory.resolve("adresses.csv");
		Files.writeString(file, CITY_FILE, StandardCharsets.UTF_8);
		var settings = new TerritorySettings.Addresses(file.toUri().toString(), "|", "UTF-8", "NUMERO", "LETTRE",
				List.of("TYPE_VOIE", "LIEN", "NOM_VOIE", "DIRECTION"), "LATITUDE", "LONGITUDE");

		// when
		AddressIndex index = new AddressCsvImporter(settings).load(new FileSystemResource(file),
				TerritoryFixture.boundaries()::areasAt);
		List<GeocodeCandidate> withLetter = index.search(ParsedAddress.of("12A rue de la Couronne")).exact();
		List<GeocodeCandidate> withDirection = index.search(ParsedAddress.of("205 boul. Charest E.")).exact();

		// then
		assertThat(index.addresses()).isEqualTo(3);
		assertThat(withLetter).singleElement().satisfies(candidate -> {
			assertThat(candidate.method()).isEqualTo(GeocodeMethod.ADDRESS_INDEX);
			assertThat(candidate.label()).isEqualTo("12A Rue de la Couronne, Québec");
			assertThat(candidate.point().latitude()).isEqualTo(46.8140);
		});
		assertThat(withDirection).singleElement()
			.satisfies(candidate -> assertThat(candidate.label()).isEqualTo("205 Boulevard Charest Est, Québec"));
	}

	@Test
	void namesTheMissingColumnsOfAFileThatDoesNotMatchTheSettings() throws IOException {
		// given
		Path file = directory.resolve("adresses.csv");
		Files.writeString(file, CITY_FILE, StandardCharsets.UTF_8);
		var settings = new TerritorySettings.Addresses(file.toUri().toString(), "|", "UTF-8", "civic_number", null,
				List.of("street"), "LATITUDE", "LONGITUDE");

		// when / then
		assertThatIllegalStateException()
			.isThrownBy(() -> new AddressCsvImporter(settings).load(new FileSystemResource(file),
					TerritoryFixture.boundaries()::areasAt))
			.withMessageContaining("[street, civic_number]")
			.withMessageContaining("NOM_VOIE");
	}

	@Test
	void refusesADelimiterOfMoreThanOneCharacter() {
		// given
		var settings = new TerritorySettings.Addresses("classpath:x.csv", "||", "UTF-8", "NUMERO", null,
				List.of("NOM_VOIE"), "LATITUDE", "LONGITUDE");

		// when / then
		assertThatIllegalStateException().isThrownBy(() -> new AddressCsvImporter(settings))
			.withMessageContaining("delimiter");
	}

}
