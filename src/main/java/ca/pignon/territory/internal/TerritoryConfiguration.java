package ca.pignon.territory.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads boundaries, addresses and postal codes once, at start-up. The static methods do the same without Spring (tests,
 * benchmarks).
 * <p>
 * The indexes are immutable and depend only on the settings and the files they name: when every file is on the class
 * path (the shipped data, which cannot change while the JVM runs), an index built for some settings is kept and given
 * to every later application context of the same JVM with equal settings. A deployed Pignon has one context, so this
 * changes nothing there; a test JVM starts many contexts and builds the index once instead of once per context.
 */
@Configuration(proxyBeanMethods = false)
public class TerritoryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TerritoryConfiguration.class);

	private static final String CLASSPATH = "classpath:";

	/** Per settings whose files are all on the class path, what was built for them in this JVM. */
	private static final Map<TerritorySettings, Loaded> shared = new ConcurrentHashMap<>();

	@Bean
	BoundaryIndex boundaryIndex(TerritorySettings settings, ResourceLoader resources) {
		return load(settings, resources).boundaries();
	}

	@Bean
	Geocoder geocoder(TerritorySettings settings, ResourceLoader resources) {
		return load(settings, resources).geocoder();
	}

	/**
	 * @return the boundary index and geocoder for these settings: built now, or the ones already built in this JVM for
	 * equal settings when all their files are on the class path
	 */
	public static Loaded load(TerritorySettings settings, ResourceLoader resources) {
		if (!onClassPath(settings)) {
			return build(settings, resources);
		}
		return shared.computeIfAbsent(settings, same -> build(same, resources));
	}

	private static Loaded build(TerritorySettings settings, ResourceLoader resources) {
		BoundaryIndex boundaries = loadBoundaries(settings, resources);
		return new Loaded(boundaries, loadGeocoder(settings, resources, boundaries));
	}

	private static boolean onClassPath(TerritorySettings settings) {
		return Stream
			.of(location(settings.municipalities()), location(settings.arrondissements()),
					location(settings.quartiers()), settings.addresses().location(),
					settings.postalCodes().location())
			.allMatch(location -> location == null || location.isBlank()
					|| location.strip().startsWith(CLASSPATH));
	}

	private static @Nullable String location(TerritorySettings.@Nullable Layer layer) {
		return layer == null ? null : layer.location();
	}

	public static BoundaryIndex loadBoundaries(TerritorySettings settings, ResourceLoader resources) {
		long start = System.nanoTime();
		TerritoryBoundaries boundaries = new BoundaryLoader(resources).load(settings);
		long loaded = System.nanoTime();
		BoundaryIndex index = BoundaryIndex.of(boundaries);
		log.info("Territory boundaries {} loaded in {} ms and indexed in {} ms: {} municipalities, {} arrondissements, "
				+ "{} quartiers; program territory {}; {}", boundaries.version(), millis(start, loaded),
				millis(loaded, System.nanoTime()), boundaries.municipalities().features().size(),
				boundaries.arrondissements().features().size(), boundaries.quartiers().features().size(),
				boundaries.programMunicipalities(), index.statistics());
		return index;
	}

	public static Geocoder loadGeocoder(TerritorySettings settings, ResourceLoader resources,
			BoundaryIndex boundaries) {
		long start = System.nanoTime();
		var addressFile = resources.getResource(settings.addresses().location().strip());
		AddressIndex addresses = new AddressCsvImporter(settings.addresses()).load(addressFile, boundaries::areasAt);
		long indexed = System.nanoTime();
		var postalCodes = PostalCodeCentroids.load(resources.getResource(settings.postalCodes().location().strip()));
		log.info("Address index loaded in {} ms: {} addresses on {} streets from {}; {} postal-code areas; "
				+ "external geocoder {}", millis(start, indexed), addresses.addresses(), addresses.streets(),
				addressFile.getDescription(), postalCodes.size(),
				settings.externalGeocoder().enabled() ? settings.externalGeocoder().baseUrl() : "disabled");
		NominatimGeocoder external = settings.externalGeocoder().enabled()
				? new NominatimGeocoder(settings.externalGeocoder()) : null;
		return new Geocoder(addresses, postalCodes, external, settings.geocoding().maxCandidates());
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/**
	 * The territory's two indexes, built together.
	 *
	 * @param boundaries the boundary index
	 * @param geocoder the geocoder, over the same boundaries
	 */
	public record Loaded(BoundaryIndex boundaries, Geocoder geocoder) {
	}

}
