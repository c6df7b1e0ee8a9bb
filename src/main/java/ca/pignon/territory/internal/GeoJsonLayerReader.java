package ca.pignon.territory.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ca.pignon.territory.Area;

/**
 * Reads the polygons of a GeoJSON FeatureCollection (WGS84 degrees) with the property names of its layer settings.
 */
final class GeoJsonLayerReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GeometryFactory geometries;

	GeoJsonLayerReader(GeometryFactory geometries) {
		this.geometries = geometries;
	}

	List<BoundaryFeature> read(byte[] content, TerritorySettings.Layer layer) {
		JsonNode features = JSON.readTree(content).path("features");
		if (!features.isArray()) {
			throw new IllegalStateException(layer.location() + " is not a GeoJSON FeatureCollection");
		}
		var result = new ArrayList<BoundaryFeature>();
		for (JsonNode feature : features) {
			int number = result.size() + 1;
			JsonNode properties = feature.path("properties");
			String code = requiredProperty(properties, layer.codeProperty(), number, layer);
			String name = requiredProperty(properties, layer.nameProperty(), number, layer);
			boolean approximate = layer.precisionProperty() != null
					&& layer.approximateValues().contains(properties.path(layer.precisionProperty()).asString(""));
			result.add(new BoundaryFeature(new Area(code, name), approximate,
					polygonal(feature.path("geometry"), number, layer)));
		}
		return result;
	}

	private static String requiredProperty(JsonNode properties, String property, int number,
			TerritorySettings.Layer layer) {
		JsonNode value = properties.path(property);
		if (value.isMissingNode() || value.isNull() || value.asString("").isBlank()) {
			throw new IllegalStateException(
					"Feature " + number + " of " + layer.location() + " has no property '" + property + "'");
		}
		return value.asString().strip();
	}

	private Geometry polygonal(JsonNode geometry, int number, TerritorySettings.Layer layer) {
		JsonNode coordinates = geometry.path("coordinates");
		return switch (geometry.path("type").asString("")) {
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> {
				var polygons = new Polygon[coordinates.size()];
				for (int i = 0; i < polygons.length; i++) {
					polygons[i] = polygon(coordinates.get(i));
				}
				yield geometries.createMultiPolygon(polygons);
			}
			default -> throw new IllegalStateException("Feature " + number + " of " + layer.location()
					+ " is not a Polygon or MultiPolygon: " + geometry.path("type").asString(""));
		};
	}

	private Polygon polygon(JsonNode rings) {
		var holes = new LinearRing[Math.max(0, rings.size() - 1)];
		for (int i = 0; i < holes.length; i++) {
			holes[i] = ring(rings.get(i + 1));
		}
		return geometries.createPolygon(ring(rings.get(0)), holes);
	}

	private LinearRing ring(JsonNode positions) {
		var coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			JsonNode position = positions.get(i);
			coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
		}
		return geometries.createLinearRing(coordinates);
	}

}
