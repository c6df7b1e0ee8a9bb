package ca.pignon.territory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.internal.LocalProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Real places, checked against the shipped boundary files.
 */
class LocateTests {

	static final Area QUEBEC = new Area("2423027", "Québec");

	TerritoryManagement territory = TerritoryFixture.territory();

	@ParameterizedTest(name = "{0},{1} is in {3}, quartier {5}")
	@CsvSource(delimiter = ';', textBlock = """
			46.8119 ; -71.2052 ; 1 ; La Cité-Limoilou ; 4 ; Vieux-Québec—Cap-Blanc—Colline parlementaire
			46.8340 ; -71.2960 ; 2 ; Les Rivières ; 14 ; Neufchatel Est—Lebourgneuf
			46.7817 ; -71.2747 ; 3 ; Sainte-Foy–Sillery–Cap-Rouge ; 3 ; Cité-Universitaire
			46.8610 ; -71.2710 ; 4 ; Charlesbourg ; 22 ; Quartier 4-5
			46.8600 ; -71.1900 ; 5 ; Beauport ; 27 ; Vieux-Bourg
			46.8550 ; -71.3800 ; 6 ; La Haute-Saint-Charles ; 11 ; Loretteville
			""")
	void findsTheArrondissementAndQuartierOfAPointOfVilleDeQuebec(double latitude, double longitude,
			String arrondissementCode, String arrondissement, String quartierCode, String quartier) {
		// when
		Location location = territory.locate(new GeoPoint(latitude, longitude));

		// then
		assertThat(location.municipality()).isEqualTo(QUEBEC);
		assertThat(location.inProgramTerritory()).isTrue();
		assertThat(location.precision()).isEqualTo(Precision.EXACT);
		assertThat(location.arrondissement()).isEqualTo(new Area(arrondissementCode, arrondissement));
		assertThat(location.quartier()).isEqualTo(new Area(quartierCode, quartier));
	}

	@Test
	void placesLAncienneLoretteInTheProgramWithoutArrondissementOrQuartier() {
		// when
		Location location = territory.locate(new GeoPoint(46.8039, -71.3589));

		// then
		assertThat(location.municipality()).isEqualTo(new Area("2423057", "L'Ancienne-Lorette"));
		assertThat(location.inProgramTerritory()).isTrue();
		assertThat(location.precision()).isEqualTo(Precision.EXACT);
		assertThat(location.arrondissement()).isNull();
		assertThat(location.quartier()).isNull();
	}

	@Test
	void saysSaintAugustinDeDesmauresPolygonIsApproximate() {
		// when
		Location location = territory.locate(new GeoPoint(46.7400, -71.4580));

		// then
		assertThat(location.municipality()).isEqualTo(new Area("2423072", "Saint-Augustin-de-Desmaures"));
		assertThat(location.inProgramTerritory()).isTrue();
		assertThat(location.precision()).isEqualTo(Precision.APPROXIMATE);
		assertThat(location.arrondissement()).isNull();
		assertThat(location.quartier()).isNull();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = ';', textBlock = """
			46.8703 ; -71.3651 ; 2423802 ; Wendake
			46.8143 ; -71.2333 ; 2423015 ; Notre-Dame-des-Anges
			""")
	void findsTheEnclavesButLeavesThemOutOfTheProgram(double latitude, double longitude, String code, String name) {
		// when
		Location location = territory.locate(new GeoPoint(latitude, longitude));

		// then
		assertThat(location.municipality()).isEqualTo(new Area(code, name));
		assertThat(location.inProgramTerritory()).isFalse();
		assertThat(location.arrondissement()).isNull();
		assertThat(location.quartier()).isNull();
		assertThat(location.programEdgeDistanceMeters()).isEqualTo(location.boundaryDistanceMeters());
	}

	@Test
	void givesThePolygonFirstInTheFileTheParcelOfQuebecThatWendakeSurrounds() {
		// given a parcel of the Québec multipolygon that the Wendake polygon also covers

		// when
		Location location = territory.locate(new GeoPoint(46.872133, -71.349578));

		// then
		assertThat(location.municipality()).isEqualTo(QUEBEC);
		assertThat(location.inProgramTerritory()).isTrue();
	}

	@Test
	void findsNoMunicipalityOnTheSouthShore() {
		// given Lévis, across the St. Lawrence

		// when
		Location location = territory.locate(new GeoPoint(46.80, -71.18));

		// then
		assertThat(location.municipality()).isNull();
		assertThat(location.inProgramTerritory()).isFalse();
		assertThat(location.arrondissement()).isNull();
		assertThat(location.quartier()).isNull();
		assertThat(location.precision()).isNull();
		assertThat(location.boundaryDistanceMeters()).isBetween(500.0, 5_000.0);
		assertThat(location.programEdgeDistanceMeters()).isEqualTo(location.boundaryDistanceMeters());
	}

	@ParameterizedTest(name = "quartier {3} in {5}")
	@CsvSource(delimiter = ';', textBlock = """
			46.797064 ; -71.277437 ; 31 ; Saint-Sauveur ; 2 ; Les Rivières
			46.861820 ; -71.338221 ; 14 ; Neufchatel Est—Lebourgneuf ; 6 ; La Haute-Saint-Charles
			46.829293 ; -71.349946 ; 5 ; Des Châtels ; 2 ; Les Rivières
			""")
	void takesTheArrondissementFromItsOwnLayerWhereTheQuartierOverlapsAnother(double latitude, double longitude,
			String quartierCode, String quartier, String arrondissementCode, String arrondissement) {
		// when
		Location location = territory.locate(new GeoPoint(latitude, longitude));

		// then
		assertThat(location.quartier()).isEqualTo(new Area(quartierCode, quartier));
		assertThat(location.arrondissement()).isEqualTo(new Area(arrondissementCode, arrondissement));
	}

	@Test
	void measuresTheShortDistanceToTheBorderFromBothSidesOfIt() {
		// given two points 10 m on either side of the border between L'Ancienne-Lorette and Québec
		Coordinate inside = projected(new GeoPoint(46.796, -71.364));
		Coordinate border = nearestOnBoundary(lAncienneLorette(), inside);
		double length = inside.distance(border);
		double unitX = (border.x - inside.x) / length;
		double unitY = (border.y - inside.y) / length;
		GeoPoint lorette = unprojected(new Coordinate(border.x - 10 * unitX, border.y - 10 * unitY));
		GeoPoint quebec = unprojected(new Coordinate(border.x + 10 * unitX, border.y + 10 * unitY));

		// when
		Location inLorette = territory.locate(lorette);
		Location inQuebec = territory.locate(quebec);

		// then
		assertThat(inLorette.municipality()).isEqualTo(new Area("2423057", "L'Ancienne-Lorette"));
		assertThat(inQuebec.municipality()).isEqualTo(QUEBEC);
		assertThat(inLorette.boundaryDistanceMeters()).isCloseTo(10, within(0.5));
		assertThat(inQuebec.boundaryDistanceMeters()).isCloseTo(10, within(0.5));
		assertThat(inLorette.programEdgeDistanceMeters()).isGreaterThan(1_000);
		assertThat(inQuebec.programEdgeDistanceMeters()).isGreaterThan(1_000);
	}

	@Test
	void measuresDistancesInTrueMetres() {
		// given a point some 65 m from the border of L'Ancienne-Lorette, and the nearest point of that border
		GeoPoint point = new GeoPoint(46.796, -71.364);
		GeoPoint border = unprojected(nearestOnBoundary(lAncienneLorette(), projected(point)));

		// when
		Location location = territory.locate(point);

		// then it is the great-circle distance to that border point (a sphere is within 0.5 % of the ellipsoid)
		assertThat(location.boundaryDistanceMeters()).isCloseTo(haversineMetres(point, border), withinPercentage(0.5));
	}

	@Test
	void tellsWhichBoundaryDataJudgedThePoint() {
		// when
		Location location = territory.locate(new GeoPoint(46.8119, -71.2052));

		// then
		assertThat(location.boundariesVersion()).hasSize(12).isEqualTo(territory.boundariesVersion());
	}

	static Geometry lAncienneLorette() {
		return TerritoryFixture.boundaries()
			.boundaries()
			.municipalities()
			.features()
			.stream()
			.filter(feature -> feature.area().code().equals("2423057"))
			.findFirst()
			.orElseThrow()
			.geometry();
	}

	static Coordinate nearestOnBoundary(Geometry polygon, Coordinate point) {
		return DistanceOp.nearestPoints(polygon.getBoundary(), polygon.getFactory().createPoint(point))[0];
	}

	static Coordinate projected(GeoPoint point) {
		LocalProjection projection = TerritoryFixture.boundaries().boundaries().projection();
		return new Coordinate(projection.x(point.longitude()), projection.y(point.latitude()));
	}

	static GeoPoint unprojected(Coordinate coordinate) {
		LocalProjection projection = TerritoryFixture.boundaries().boundaries().projection();
		return new GeoPoint(projection.latitude(coordinate.y), projection.longitude(coordinate.x));
	}

	static double haversineMetres(GeoPoint a, GeoPoint b) {
		double earthRadius = 6_371_008.8;
		double dLatitude = Math.toRadians(b.latitude() - a.latitude());
		double dLongitude = Math.toRadians(b.longitude() - a.longitude());
		double h = Math.pow(Math.sin(dLatitude / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
				* Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLongitude / 2), 2);
		return 2 * earthRadius * Math.asin(Math.sqrt(h));
	}

}
