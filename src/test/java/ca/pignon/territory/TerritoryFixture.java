package ca.pignon.territory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Envelope;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.internal.BoundaryIndex;
import ca.pignon.territory.internal.Geocoder;
import ca.pignon.territory.internal.LocalProjection;
import ca.pignon.territory.internal.TerritoryBoundaries;
import ca.pignon.territory.internal.TerritoryConfiguration;
import ca.pignon.territory.internal.TerritorySettings;

/**
 * The territory module built from the shipped files and the shipped defaults of application.properties, without a
 * Spring context; built once per test JVM.
 */
public final class TerritoryFixture {

	private TerritoryFixture() {
	}

	/**
	 * @return the module with its shipped configuration
	 */
	public static TerritoryManagement territory() {
		return Shipped.TERRITORY;
	}

	/**
	 * @return the boundary index behind {@link #territory()}
	 */
	public static BoundaryIndex boundaries() {
		return Shipped.BOUNDARIES;
	}

	/**
	 * @return the geocoder behind {@link #territory()}
	 */
	public static Geocoder geocoder() {
		return Shipped.GEOCODER;
	}

	public static TerritoryManagement territory(TerritorySettings settings) {
		var resources = new DefaultResourceLoader();
		BoundaryIndex boundaries = TerritoryConfiguration.loadBoundaries(settings, resources);
		Geocoder geocoder = TerritoryConfiguration.loadGeocoder(settings, resources, boundaries);
		return new TerritoryManagement(boundaries, geocoder);
	}

	/**
	 * @return the shipped {@code pignon.territory.*} defaults
	 */
	public static TerritorySettings settings() {
		return settings(properties -> {
		});
	}

	/**
	 * @param changes what to change in the shipped properties before binding them
	 */
	public static TerritorySettings settings(Consumer<Map<Object, Object>> changes) {
		Properties properties;
		try {
			properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		changes.accept(properties);
		return new Binder(new MapConfigurationPropertySource(properties))
			.bind("pignon.territory", TerritorySettings.class)
			.get();
	}

	/**
	 * @param margin how much larger than the data the box is, as a share of the data's size, on each side
	 * @return uniformly random points in a box around the municipality layer
	 */
	public static List<GeoPoint> randomPoints(Random random, int count, double margin) {
		Envelope extent = dataExtent();
		var box = new Envelope(extent);
		box.expandBy(extent.getWidth() * margin, extent.getHeight() * margin);
		var points = new ArrayList<GeoPoint>(count);
		for (int i = 0; i < count; i++) {
			points.add(new GeoPoint(box.getMinY() + random.nextDouble() * box.getHeight(),
					box.getMinX() + random.nextDouble() * box.getWidth()));
		}
		return points;
	}

	/**
	 * @return the extent of the municipality layer, in degrees
	 */
	public static Envelope dataExtent() {
		TerritoryBoundaries boundaries = boundaries().boundaries();
		LocalProjection projection = boundaries.projection();
		var extent = new Envelope();
		boundaries.municipalities().features().forEach(feature -> {
			Envelope projected = feature.geometry().getEnvelopeInternal();
			extent.expandToInclude(projection.longitude(projected.getMinX()), projection.latitude(projected.getMinY()));
			extent.expandToInclude(projection.longitude(projected.getMaxX()), projection.latitude(projected.getMaxY()));
		});
		return extent;
	}

	/**
	 * Built on first use, once per test JVM: the same instances as the application contexts' when their settings are
	 * equal (see {@link TerritoryConfiguration#load}).
	 */
	private static final class Shipped {

		static final TerritoryConfiguration.Loaded LOADED = TerritoryConfiguration.load(settings(),
				new DefaultResourceLoader());

		static final BoundaryIndex BOUNDARIES = LOADED.boundaries();

		static final Geocoder GEOCODER = LOADED.geocoder();

		static final TerritoryManagement TERRITORY = new TerritoryManagement(BOUNDARIES, GEOCODER);

	}

}
