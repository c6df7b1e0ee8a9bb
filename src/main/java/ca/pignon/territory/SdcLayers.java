package ca.pignon.territory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.internal.LocalProjection;

/**
 * The SDC layer's versions in PostgreSQL, and the one in force indexed in memory. The index is only a cache: every
 * read first asks the database for the highest version (one primary-key lookup) and rebuilds the index when it changed,
 * so that every instance places points against the layer the last upload stored, whichever instance took it.
 */
@Repository
class SdcLayers {

	private final @Nullable JdbcClient jdbc;

	private final LocalProjection projection;

	private volatile Snapshot snapshot = Snapshot.NONE;

	@org.springframework.beans.factory.annotation.Autowired
	SdcLayers(JdbcClient jdbc, ca.pignon.territory.internal.BoundaryIndex boundaries) {
		this.jdbc = jdbc;
		this.projection = boundaries.boundaries().projection();
	}

	private SdcLayers(LocalProjection projection) {
		this.jdbc = null;
		this.projection = projection;
	}

	/** No database: never a layer (the territory alone, in plain unit tests and benchmarks). */
	static SdcLayers none(LocalProjection projection) {
		return new SdcLayers(projection);
	}

	/** The layer in force, indexed; empty areas when none was uploaded. */
	Snapshot current() {
		JdbcClient jdbc = this.jdbc;
		if (jdbc == null) {
			return Snapshot.NONE;
		}
		// the version and its upload time: after a program's import, version 1 may be another upload than the one
		// this instance indexed under the same number
		var latest = jdbc.sql("SELECT version, uploaded_at FROM territory_sdc_layer ORDER BY version DESC LIMIT 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getTimestamp(2).toInstant() })
			.optional();
		long version = latest.map(row -> (Long) row[0]).orElse(0L);
		Instant uploadedAt = latest.map(row -> (Instant) row[1]).orElse(null);
		Snapshot known = snapshot;
		if (known.version() == version && java.util.Objects.equals(known.uploadedAt(), uploadedAt)) {
			return known;
		}
		Snapshot loaded = load(version);
		snapshot = loaded;
		return loaded;
	}

	long save(List<SdcUploadPolicy.SdcFeature> features, String uploadedBy, String fileName, Instant at) {
		JdbcClient jdbc = java.util.Objects.requireNonNull(this.jdbc, "no database");
		long version = jdbc.sql("""
				INSERT INTO territory_sdc_layer (uploaded_by, uploaded_at, file_name, area_count)
				VALUES (:by, :at, :file, :count) RETURNING version""")
			.param("by", uploadedBy)
			.param("at", java.sql.Timestamp.from(at))
			.param("file", fileName)
			.param("count", features.size())
			.query(Long.class)
			.single();
		var writer = new WKTWriter();
		for (int i = 0; i < features.size(); i++) {
			var feature = features.get(i);
			jdbc.sql("""
					INSERT INTO territory_sdc_area (version, position, code, name, geometry)
					VALUES (:version, :position, :code, :name, :geometry)""")
				.param("version", version)
				.param("position", i)
				.param("code", feature.area().code())
				.param("name", feature.area().name())
				.param("geometry", writer.write(feature.lonLat()))
				.update();
		}
		return version;
	}

	private Snapshot load(long version) {
		JdbcClient jdbc = java.util.Objects.requireNonNull(this.jdbc, "no database");
		if (version == 0) {
			return Snapshot.NONE;
		}
		SdcLayer header = jdbc.sql("""
				SELECT version, uploaded_by, uploaded_at, file_name FROM territory_sdc_layer WHERE version = :version""")
			.param("version", version)
			.query((rs, n) -> new SdcLayer(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4) == null ? "" : rs.getString(4), List.of()))
			.single();
		var reader = new WKTReader(new GeometryFactory());
		List<Area> areas = new ArrayList<>();
		List<Geometry> shapes = new ArrayList<>();
		jdbc.sql("SELECT code, name, geometry FROM territory_sdc_area WHERE version = :version ORDER BY position")
			.param("version", version)
			.query(rs -> {
				areas.add(new Area(rs.getString(1), rs.getString(2)));
				try {
					shapes.add(projection.project(reader.read(rs.getString(3))));
				}
				catch (ParseException ex) {
					throw new IllegalStateException("SDC area " + rs.getString(2) + " of version " + version
							+ " is not readable", ex);
				}
			});
		return new Snapshot(version, new SdcLayer(header.version(), header.uploadedBy(), header.uploadedAt(),
				header.fileName(), List.copyOf(areas)), List.copyOf(shapes),
				shapes.stream().map(PreparedGeometryFactory::prepare).toList());
	}

	/**
	 * @param version 0 for no layer
	 * @param layer null for no layer
	 * @param shapes the areas' geometries projected to metres, in the layer's order
	 */
	record Snapshot(long version, @Nullable SdcLayer layer, List<Geometry> shapes, List<PreparedGeometry> prepared) {

		static final Snapshot NONE = new Snapshot(0, null, List.of(), List.of());

		@Nullable
		Instant uploadedAt() {
			return layer == null ? null : layer.uploadedAt();
		}

		Optional<Area> at(GeoPoint point, LocalProjection projection) {
			if (layer == null) {
				return Optional.empty();
			}
			var factory = new GeometryFactory();
			var projected = factory.createPoint(new org.locationtech.jts.geom.Coordinate(
					projection.x(point.longitude()), projection.y(point.latitude())));
			for (int i = 0; i < prepared.size(); i++) {
				if (prepared.get(i).contains(projected)) {
					return Optional.of(layer.areas().get(i));
				}
			}
			return Optional.empty();
		}

	}

}
