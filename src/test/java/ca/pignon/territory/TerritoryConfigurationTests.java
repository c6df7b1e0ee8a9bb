package ca.pignon.territory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.internal.TerritorySettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

/**
 * Another city, or an official boundary file, is a configuration change: nothing in the code names Québec.
 */
class TerritoryConfigurationTests {

	/** Two square "municipalities" side by side near Trois-Rivières, with their own property names. */
	static final String OTHER_CITY = """
			{"type": "FeatureCollection", "features": [
			  {"type": "Feature", "properties": {"code_mun": 37067, "nom": "Ouest", "fiabilite": "bonne"},
			   "geometry": {"type": "Polygon", "coordinates": [[[-72.60, 46.30], [-72.50, 46.30], [-72.50, 46.40],
			     [-72.60, 46.40], [-72.60, 46.30]]]}},
			  {"type": "Feature", "properties": {"code_mun": 37235, "nom": "Est", "fiabilite": "carte"},
			   "geometry": {"type": "MultiPolygon", "coordinates": [[[[-72.50, 46.30], [-72.40, 46.30],
			     [-72.40, 46.40], [-72.50, 46.40], [-72.50, 46.30]]]]}}
			]}
			""";

	@TempDir
	Path directory;

	@Test
	void judgesAnotherCityFromItsOwnBoundaryFileAndProgramList() throws IOException {
		// given
		TerritorySettings settings = otherCity("37235");

		// when
		TerritoryManagement territory = TerritoryFixture.territory(settings);
		Location west = territory.locate(new GeoPoint(46.35, -72.55));
		Location east = territory.locate(new GeoPoint(46.35, -72.45));
		Location outside = territory.locate(new GeoPoint(46.35, -72.30));

		// then
		assertThat(west.municipality()).isEqualTo(new Area("37067", "Ouest"));
		assertThat(west.inProgramTerritory()).isFalse();
		assertThat(west.precision()).isEqualTo(Precision.EXACT);
		assertThat(east.municipality()).isEqualTo(new Area("37235", "Est"));
		assertThat(east.inProgramTerritory()).isTrue();
		assertThat(east.precision()).isEqualTo(Precision.APPROXIMATE);
		assertThat(east.arrondissement()).isNull();
		assertThat(east.quartier()).isNull();
		assertThat(east.programEdgeDistanceMeters()).isCloseTo(3_850, within(100.0));
		assertThat(outside.municipality()).isNull();
		assertThat(east.boundariesVersion()).isNotEqualTo(TerritoryFixture.territory().boundariesVersion());
	}

	@Test
	void changesTheBoundariesVersionWhenOnlyTheProgramChanges() throws IOException {
		// when
		String one = TerritoryFixture.territory(otherCity("37235")).boundariesVersion();
		String both = TerritoryFixture.territory(otherCity("37235,37067")).boundariesVersion();
		String oneAgain = TerritoryFixture.territory(otherCity("37235")).boundariesVersion();

		// then
		assertThat(one).isNotEqualTo(both).isEqualTo(oneAgain);
	}

	@Test
	void refusesToStartWithAProgramMunicipalityTheFileDoesNotHold() throws IOException {
		// given
		TerritorySettings settings = otherCity("2423027");

		// when / then
		assertThatIllegalStateException().isThrownBy(() -> TerritoryFixture.territory(settings))
			.withMessageContaining("2423027");
	}

	private TerritorySettings otherCity(String programMunicipalities) throws IOException {
		Path file = directory.resolve("municipalites.geojson");
		Files.writeString(file, OTHER_CITY, StandardCharsets.UTF_8);
		return TerritoryFixture.settings(properties -> {
			properties.put("pignon.territory.program-municipalities", programMunicipalities);
			properties.put("pignon.territory.municipalities.location", file.toUri().toString());
			properties.put("pignon.territory.municipalities.code-property", "code_mun");
			properties.put("pignon.territory.municipalities.name-property", "nom");
			properties.put("pignon.territory.municipalities.precision-property", "fiabilite");
			properties.put("pignon.territory.municipalities.approximate-precisions", "carte");
			properties.put("pignon.territory.arrondissements.location", "");
			properties.put("pignon.territory.quartiers.location", "");
		});
	}

}
