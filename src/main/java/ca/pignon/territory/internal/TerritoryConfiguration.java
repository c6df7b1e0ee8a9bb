package ca.pignon.territory.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads boundaries, addresses and postal codes once, at start-up. The static methods do the same without Spring (tests,
 * benchmarks).
 */
@Configuration(proxyBeanMethods = false)
public class TerritoryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TerritoryConfiguration.class);

	@Bean
	BoundaryIndex boundaryIndex(TerritorySettings settings, ResourceLoader resources) {
		return loadBoundaries(settings, resources);
	}

	@Bean
	Geocoder geocoder(TerritorySettings settings, ResourceLoader resources, BoundaryIndex boundaries) {
		return loadGeocoder(settings, resources, boundaries);
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

}
