package ca.pignon.territory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.Location;
import ca.pignon.territory.TerritoryFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fast index must say exactly what plain JTS says, everywhere, edges and far-away points included.
 */
class BoundaryIndexTests {

	static final double METRE_TOLERANCE = 0.01;

	BoundaryIndex index = TerritoryFixture.boundaries();

	PlainJtsLocator plain = new PlainJtsLocator(index.boundaries());

	@Test
	void answersLikePlainJtsOnRandomPointsInAndAroundTheAgglomeration() {
		// given
		List<GeoPoint> points = TerritoryFixture.randomPoints(new Random(20261127), 20_000, 0.1);

		// then
		assertSameAnswers(points);
	}

	@Test
	void answersLikePlainJtsNextToEveryKindOfEdge() {
		// given points on and within a few metres of boundary vertices of every layer
		var random = new Random(46);
		var points = new ArrayList<GeoPoint>();
		LocalProjection projection = index.boundaries().projection();
		for (BoundaryLayer layer : List.of(index.boundaries().municipalities(), index.boundaries().arrondissements(),
				index.boundaries().quartiers())) {
			for (BoundaryFeature feature : layer.features()) {
				Coordinate[] vertices = feature.geometry().getCoordinates();
				for (int i = 0; i < vertices.length; i += Math.max(1, vertices.length / 60)) {
					double dx = i % 3 == 0 ? 0 : (random.nextDouble() - 0.5) * 10;
					double dy = i % 3 == 0 ? 0 : (random.nextDouble() - 0.5) * 10;
					points.add(new GeoPoint(projection.latitude(vertices[i].y + dy),
							projection.longitude(vertices[i].x + dx)));
				}
			}
		}

		// then
		assertThat(points).hasSizeGreaterThan(2_000);
		assertSameAnswers(points);
	}

	@Test
	void answersLikePlainJtsFarOutsideThePrecomputedGrid() {
		// given points tens of kilometres away (Montréal, Saguenay, the sea)
		List<GeoPoint> points = List.of(new GeoPoint(45.50, -73.57), new GeoPoint(48.43, -71.07),
				new GeoPoint(49.0, -66.0), new GeoPoint(-46.8, 108.8));

		// then
		points.forEach(this::assertSameAnswer);
	}

	/**
	 * Asks every point on all the processors: the reference takes milliseconds a point, the points are independent and
	 * both locators only read their geometries. Any failing point fails the test, as one after the other would.
	 */
	private void assertSameAnswers(List<GeoPoint> points) {
		points.parallelStream().forEach(this::assertSameAnswer);
	}

	private void assertSameAnswer(GeoPoint point) {
		Location fast = index.locate(point);
		Location reference = plain.locate(point);
		assertThat(fast.municipality()).as("municipality at %s", point).isEqualTo(reference.municipality());
		assertThat(fast.inProgramTerritory()).as("program at %s", point).isEqualTo(reference.inProgramTerritory());
		assertThat(fast.arrondissement()).as("arrondissement at %s", point).isEqualTo(reference.arrondissement());
		assertThat(fast.quartier()).as("quartier at %s", point).isEqualTo(reference.quartier());
		assertThat(fast.precision()).as("precision at %s", point).isEqualTo(reference.precision());
		assertThat(fast.boundaryDistanceMeters()).as("boundary distance at %s", point)
			.isCloseTo(reference.boundaryDistanceMeters(), within(METRE_TOLERANCE));
		assertThat(fast.programEdgeDistanceMeters()).as("program edge distance at %s", point)
			.isCloseTo(reference.programEdgeDistanceMeters(), within(METRE_TOLERANCE));
	}

}
