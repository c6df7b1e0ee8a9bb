package ca.pignon.territory;

import org.junit.jupiter.api.Test;

import ca.pignon.shared.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The map staff click on to place a storefront by hand.
 */
class TerritoryMapTests {

	TerritoryManagement territory = TerritoryFixture.territory();

	TerritoryMap map = territory.map();

	@Test
	void drawsEveryMunicipalityTellingProgramFromOutsideAndTheArrondissements() {
		assertThat(map.shapes()).filteredOn(shape -> shape.kind().equals("program"))
			.extracting(TerritoryMap.Shape::name)
			.containsExactlyInAnyOrder("Québec", "L'Ancienne-Lorette", "Saint-Augustin-de-Desmaures");
		assertThat(map.shapes()).filteredOn(shape -> shape.kind().equals("outside"))
			.extracting(TerritoryMap.Shape::name)
			.containsExactlyInAnyOrder("Notre-Dame-des-Anges", "Wendake");
		assertThat(map.shapes()).filteredOn(shape -> shape.kind().equals("arrondissement")).hasSize(6);
		assertThat(map.shapes()).allSatisfy(shape -> assertThat(shape.path()).startsWith("M").endsWith("Z"));
	}

	@Test
	void aClickedPointReadBackAsThePageScriptDoesLandsWhereItWasDrawn() {
		// given the Parliament Building, drawn on the map
		var parliament = new GeoPoint(46.8119, -71.2052);
		long x = map.x(parliament.longitude());
		long y = map.y(parliament.latitude());

		// when the script turns the SVG coordinates back into degrees (static/js/pignon.js)
		double longitude = map.originLongitude() + x / map.metresPerDegreeEast();
		double latitude = map.originLatitude() - y / map.metresPerDegreeNorth();

		// then it is within a metre of the point, and in the same arrondissement
		assertThat(longitude).isCloseTo(parliament.longitude(), within(0.00002));
		assertThat(latitude).isCloseTo(parliament.latitude(), within(0.00001));
		assertThat(territory.locate(new GeoPoint(latitude, longitude)).arrondissement().name())
			.isEqualTo("La Cité-Limoilou");
	}

	@Test
	void framesTheWholeTerritory() {
		String[] box = map.viewBox().split(" ");
		long minX = Long.parseLong(box[0]);
		long minY = Long.parseLong(box[1]);
		long maxX = minX + Long.parseLong(box[2]);
		long maxY = minY + Long.parseLong(box[3]);
		for (GeoPoint corner : new GeoPoint[] { new GeoPoint(46.8119, -71.2052), new GeoPoint(46.7434, -71.4581),
				new GeoPoint(46.9400, -71.3500) }) {
			assertThat(map.x(corner.longitude())).isBetween(minX, maxX);
			assertThat(map.y(corner.latitude())).isBetween(minY, maxY);
		}
	}

}
