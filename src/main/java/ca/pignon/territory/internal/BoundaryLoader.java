package ca.pignon.territory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ResourceLoader;

import ca.pignon.territory.Area;

/**
 * Loads the configured boundary files, projects them to metres and computes the program territory.
 */
public final class BoundaryLoader {

	private static final Logger log = LoggerFactory.getLogger(BoundaryLoader.class);

	private static final int VERSION_LENGTH = 12;

	private final GeometryFactory geometries = new GeometryFactory();

	private final ResourceLoader resources;

	public BoundaryLoader(ResourceLoader resources) {
		this.resources = resources;
	}

	public TerritoryBoundaries load(TerritorySettings settings) {
		MessageDigest version = sha256();
		var reader = new GeoJsonLayerReader(geometries);
		List<BoundaryFeature> municipalities = read(settings.municipalities(), reader, version);
		if (municipalities.isEmpty()) {
			throw new IllegalStateException(settings.municipalities().location() + " holds no municipality");
		}
		Set<String> program = new LinkedHashSet<>(settings.programMunicipalities());
		if (program.isEmpty()) {
			throw new IllegalStateException("pignon.territory.program-municipalities lists no municipality");
		}
		var extent = new Envelope();
		municipalities.forEach(feature -> extent.expandToInclude(feature.geometry().getEnvelopeInternal()));
		var projection = LocalProjection.centredOn(extent);
		List<BoundaryFeature> projectedMunicipalities = project(municipalities, projection);
		// the union is the slowest step: it runs while the other layers load
		CompletableFuture<Geometry> programTerritory = CompletableFuture
			.supplyAsync(() -> programTerritory(projectedMunicipalities, program, settings));
		List<BoundaryFeature> arrondissements = read(settings.arrondissements(), reader, version);
		List<BoundaryFeature> quartiers = read(settings.quartiers(), reader, version);
		digest(version, "program=" + String.join(",", program));
		return new TerritoryBoundaries(projection, new BoundaryLayer(projectedMunicipalities, Set.of()),
				layer(arrondissements, settings.arrondissements(), projection),
				layer(quartiers, settings.quartiers(), projection), program, join(programTerritory), hex(version));
	}

	private static Geometry join(CompletableFuture<Geometry> pending) {
		try {
			return pending.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private List<BoundaryFeature> read(TerritorySettings.@Nullable Layer layer, GeoJsonLayerReader reader,
			MessageDigest version) {
		if (layer == null || !layer.enabled()) {
			digest(version, "layer=none");
			return List.of();
		}
		byte[] content;
		try {
			content = resources.getResource(layer.location().strip()).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the boundary file " + layer.location(), ex);
		}
		digest(version, "layer=" + layer.codeProperty() + "|" + layer.nameProperty() + "|"
				+ layer.precisionProperty() + "|" + layer.approximateValues() + "|" + layer.restrictedTo());
		version.update(content);
		return reader.read(content, layer);
	}

	private static BoundaryLayer layer(List<BoundaryFeature> features, TerritorySettings.@Nullable Layer settings,
			LocalProjection projection) {
		if (settings == null || features.isEmpty()) {
			return BoundaryLayer.absent();
		}
		return new BoundaryLayer(project(features, projection), Set.copyOf(settings.restrictedTo()));
	}

	private static List<BoundaryFeature> project(List<BoundaryFeature> features, LocalProjection projection) {
		var projected = new ArrayList<BoundaryFeature>(features.size());
		for (BoundaryFeature feature : features) {
			Geometry geometry = projection.project(feature.geometry());
			if (!geometry.isValid()) {
				log.warn("The polygon of {} is not valid; it was repaired", feature.area());
				geometry = GeometryFixer.fix(geometry);
			}
			projected.add(new BoundaryFeature(feature.area(), feature.approximate(), geometry));
		}
		return List.copyOf(projected);
	}

	private Geometry programTerritory(List<BoundaryFeature> municipalities, Set<String> program,
			TerritorySettings settings) {
		var known = municipalities.stream().map(BoundaryFeature::area).map(Area::code).toList();
		for (String code : program) {
			if (!known.contains(code)) {
				throw new IllegalStateException("The program municipality " + code + " is not in "
						+ settings.municipalities().location() + " (known: " + known + ")");
			}
		}
		var parts = municipalities.stream()
			.filter(feature -> program.contains(feature.area().code()))
			.map(BoundaryFeature::geometry)
			.toList();
		return OverlayNGRobust.union(parts, geometries);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	private static void digest(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest()).substring(0, VERSION_LENGTH);
	}

}
