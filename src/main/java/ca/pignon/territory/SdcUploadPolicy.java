package ca.pignon.territory;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.territory.internal.LocalProjection;

/**
 * What an uploaded SDC layer must be: a GeoJSON FeatureCollection (WGS84 degrees) of at most {@value #MAX_AREAS}
 * Polygon or MultiPolygon features, {@value #MAX_BYTES} bytes at most, each with a name (property {@code name} or
 * {@code nom}) no other feature has, closed rings of four positions or more, a valid geometry (no self-intersection),
 * and inside the program territory give or take {@value #TOLERANCE_METRES} m. Every problem is reported at once, with
 * the feature's number (from 1, in file order) and name; nothing is kept when there is one.
 */
final class SdcUploadPolicy {

	static final int MAX_BYTES = 5_000_000;

	static final int MAX_AREAS = 500;

	static final int MAX_NAME_LENGTH = 200;

	/** The boundary files themselves are not more precise than this along the program's edge. */
	static final double TOLERANCE_METRES = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	private final LocalProjection projection;

	private final PreparedGeometry territory;

	private final Geometry territoryShape;

	/**
	 * @param projection the territory's projection to metres
	 * @param programTerritory the union of the program municipalities, projected
	 */
	SdcUploadPolicy(LocalProjection projection, Geometry programTerritory) {
		this.projection = projection;
		this.territoryShape = programTerritory;
		this.territory = PreparedGeometryFactory.prepare(programTerritory.buffer(TOLERANCE_METRES));
	}

	/** One accepted area: its name, its code (from the name) and its geometry in degrees. */
	record SdcFeature(Area area, Geometry lonLat) {
	}

	/**
	 * @return the areas, in file order
	 * @throws TerritoryRefused with every problem found
	 */
	List<SdcFeature> check(byte @Nullable [] content) {
		if (content == null || content.length == 0) {
			throw new TerritoryRefused("territory.sdc.error.noFile");
		}
		if (content.length > MAX_BYTES) {
			throw new TerritoryRefused("territory.sdc.error.tooLarge", MAX_BYTES / 1_000_000);
		}
		JsonNode root;
		try {
			root = JSON.readTree(new String(content, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw new TerritoryRefused("territory.sdc.error.notGeoJson");
		}
		JsonNode features = root == null ? null : root.path("features");
		if (features == null || !"FeatureCollection".equals(root.path("type").asString("")) || !features.isArray()) {
			throw new TerritoryRefused("territory.sdc.error.notGeoJson");
		}
		if (features.isEmpty()) {
			throw new TerritoryRefused("territory.sdc.error.noFeatures");
		}
		if (features.size() > MAX_AREAS) {
			throw new TerritoryRefused("territory.sdc.error.tooMany", features.size(), MAX_AREAS);
		}
		List<Problem> problems = new ArrayList<>();
		List<SdcFeature> accepted = new ArrayList<>();
		Map<String, Integer> numbersByCode = new HashMap<>();
		int number = 0;
		for (JsonNode feature : features) {
			number++;
			String name = name(feature.path("properties"));
			String shown = name == null ? "—" : name;
			int before = problems.size();
			if (name == null) {
				problems.add(problem("territory.sdc.error.noName", number));
			}
			else if (name.length() > MAX_NAME_LENGTH) {
				problems.add(problem("territory.sdc.error.nameTooLong", number, MAX_NAME_LENGTH));
			}
			else {
				Integer first = numbersByCode.putIfAbsent(code(name), number);
				if (first != null) {
					problems.add(problem("territory.sdc.error.duplicateName", number, shown, first));
				}
			}
			Geometry lonLat = geometry(feature.path("geometry"), number, shown, problems);
			if (lonLat != null) {
				Geometry projected = projection.project(lonLat);
				TopologyValidationError error = new IsValidOp(projected).getValidationError();
				if (error != null) {
					Coordinate at = error.getCoordinate();
					problems.add(problem("territory.sdc.error.invalid", number, shown,
							round(projection.latitude(at.y)), round(projection.longitude(at.x))));
				}
				else if (!territory.covers(projected)) {
					problems.add(problem("territory.sdc.error.outside", number, shown, outsideBy(projected)));
				}
			}
			if (problems.size() == before && name != null && lonLat != null) {
				accepted.add(new SdcFeature(new Area(code(name), name), lonLat));
			}
		}
		if (!problems.isEmpty()) {
			throw new TerritoryRefused(problems);
		}
		return accepted;
	}

	/** The code of an area: its name without accents, in lower case, words joined by hyphens, 40 characters at most. */
	static String code(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		slug = slug.isEmpty() ? "sdc" : slug;
		return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
	}

	private static @Nullable String name(JsonNode properties) {
		for (String property : List.of("name", "nom", "NOM", "Name", "NAME")) {
			JsonNode value = properties.path(property);
			if (value.isString() || value.isNumber()) {
				String text = value.asString("").strip();
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return null;
	}

	private static @Nullable Geometry geometry(JsonNode geometry, int number, String name, List<Problem> problems) {
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		try {
			return switch (type) {
				case "Polygon" -> polygon(coordinates, number, name, problems);
				case "MultiPolygon" -> {
					if (!coordinates.isArray() || coordinates.isEmpty()) {
						throw new BadCoordinates();
					}
					var polygons = new Polygon[coordinates.size()];
					for (int i = 0; i < polygons.length; i++) {
						polygons[i] = polygon(coordinates.get(i), number, name, problems);
						if (polygons[i] == null) {
							yield null;
						}
					}
					yield GEOMETRIES.createMultiPolygon(polygons);
				}
				default -> {
					problems.add(problem("territory.sdc.error.notPolygon", number, name, type.isEmpty() ? "—" : type));
					yield null;
				}
			};
		}
		catch (BadCoordinates ex) {
			problems.add(problem("territory.sdc.error.coordinates", number, name));
			return null;
		}
	}

	private static @Nullable Polygon polygon(JsonNode rings, int number, String name, List<Problem> problems) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new BadCoordinates();
		}
		var linearRings = new LinearRing[rings.size()];
		for (int i = 0; i < linearRings.length; i++) {
			Coordinate[] positions = positions(rings.get(i));
			if (positions.length < 4) {
				problems.add(problem("territory.sdc.error.ringTooShort", number, name));
				return null;
			}
			if (!positions[0].equals2D(positions[positions.length - 1])) {
				problems.add(problem("territory.sdc.error.ringNotClosed", number, name));
				return null;
			}
			linearRings[i] = GEOMETRIES.createLinearRing(positions);
		}
		LinearRing[] holes = new LinearRing[linearRings.length - 1];
		System.arraycopy(linearRings, 1, holes, 0, holes.length);
		return GEOMETRIES.createPolygon(linearRings[0], holes);
	}

	private static Coordinate[] positions(JsonNode ring) {
		if (!ring.isArray()) {
			throw new BadCoordinates();
		}
		var coordinates = new Coordinate[ring.size()];
		for (int i = 0; i < coordinates.length; i++) {
			JsonNode position = ring.get(i);
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				throw new BadCoordinates();
			}
			double longitude = position.get(0).asDouble();
			double latitude = position.get(1).asDouble();
			if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
				throw new BadCoordinates();
			}
			coordinates[i] = new Coordinate(longitude, latitude);
		}
		return coordinates;
	}

	/** How far, in whole metres, the farthest part of an area lies beyond the program territory's edge. */
	private long outsideBy(Geometry projected) {
		Geometry outside = projected.difference(territoryShape);
		double farthest = 0;
		for (Coordinate coordinate : outside.getCoordinates()) {
			farthest = Math.max(farthest, territoryShape.distance(GEOMETRIES.createPoint(coordinate)));
		}
		return Math.round(farthest);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e5) / 1e5;
	}

	private static Problem problem(String key, Object... arguments) {
		return Problem.about("file", key, arguments);
	}

	private static final class BadCoordinates extends RuntimeException {

		BadCoordinates() {
			super(null, null, false, false);
		}

	}

}
