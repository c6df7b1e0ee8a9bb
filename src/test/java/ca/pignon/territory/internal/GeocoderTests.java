package ca.pignon.territory.internal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import ca.pignon.territory.AddressQuery;
import ca.pignon.territory.GeocodeCandidate;
import ca.pignon.territory.GeocodeMethod;
import ca.pignon.territory.TerritoryFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of the methods: index, external geocoder, street of the index, postal code.
 */
class GeocoderTests {

	static final String HOUSE = """
			[{"lat": "46.7865", "lon": "-71.2873", "place_rank": 30, "display_name": "2400, Chemin Sainte-Foy"}]
			""";

	static final String STREET = """
			[{"lat": "46.7860", "lon": "-71.2860", "place_rank": 26, "display_name": "Chemin Sainte-Foy"}]
			""";

	StubGeocoder server = new StubGeocoder();

	@AfterEach
	void stopServer() {
		server.close();
	}

	@Test
	void doesNotAskTheExternalGeocoderWhenTheIndexKnowsTheAddress() {
		// given
		server.answering(200, HOUSE);

		// when
		List<GeocodeCandidate> candidates = geocoder(Duration.ofSeconds(2)).geocode("2410 chemin Sainte-Foy");

		// then
		assertThat(candidates).extracting(GeocodeCandidate::method).containsExactly(GeocodeMethod.ADDRESS_INDEX);
		assertThat(server.requests()).isEmpty();
	}

	@Test
	void prefersTheExternalGeocoderToAStreetLevelGuess() {
		// given
		server.answering(200, HOUSE);

		// when
		List<GeocodeCandidate> candidates = geocoder(Duration.ofSeconds(2)).geocode("2400 chemin Sainte-Foy");

		// then
		assertThat(candidates).extracting(GeocodeCandidate::method).containsExactly(GeocodeMethod.EXTERNAL_GEOCODER);
		assertThat(candidates.get(0).approximate()).isFalse();
	}

	@Test
	void addsTheStreetOfTheIndexAfterAnApproximateExternalAnswer() {
		// given
		server.answering(200, STREET);

		// when
		List<GeocodeCandidate> candidates = geocoder(Duration.ofSeconds(2)).geocode("2400 chemin Sainte-Foy");

		// then
		assertThat(candidates).extracting(GeocodeCandidate::method)
			.containsExactly(GeocodeMethod.EXTERNAL_GEOCODER, GeocodeMethod.ADDRESS_INDEX_STREET);
	}

	@Test
	void fallsBackOnTheIndexStreetWhenTheExternalGeocoderFails() {
		// given
		server.answering(503, "busy");

		// when
		List<GeocodeCandidate> candidates = geocoder(Duration.ofSeconds(2)).geocode("2400 chemin Sainte-Foy");

		// then
		assertThat(candidates).extracting(GeocodeCandidate::method)
			.containsExactly(GeocodeMethod.ADDRESS_INDEX_STREET);
	}

	@Test
	void fallsBackOnThePostalCodeWhenTheExternalGeocoderIsTooSlow() {
		// given
		server.answering(200, HOUSE).after(Duration.ofSeconds(5));

		// when
		List<GeocodeCandidate> candidates = geocoder(Duration.ofMillis(300))
			.geocode(new AddressQuery("12", "Rue Qui-N'existe-Pas", null, "Québec", "G1R 4P5"));

		// then
		assertThat(candidates).extracting(GeocodeCandidate::method).containsExactly(GeocodeMethod.POSTAL_CODE);
		assertThat(server.requests()).hasSize(1);
	}

	@Test
	void keepsToTheCandidateLimit() {
		// given five places from the external geocoder, all approximate, and a street of the index
		server.answering(200, "[" + String.join(",", java.util.Collections.nCopies(5, STREET.strip()
			.substring(1, STREET.strip().length() - 1))) + "]");

		// when
		List<GeocodeCandidate> candidates = geocoder(Duration.ofSeconds(2)).geocode("2400 chemin Sainte-Foy");

		// then
		assertThat(candidates).hasSize(TerritoryFixture.settings().geocoding().maxCandidates());
	}

	private Geocoder geocoder(Duration readTimeout) {
		TerritorySettings settings = TerritoryFixture.settings();
		var resources = new DefaultResourceLoader();
		AddressIndex addresses = new AddressCsvImporter(settings.addresses())
			.load(resources.getResource(settings.addresses().location()), TerritoryFixture.boundaries()::areasAt);
		PostalCodeCentroids postalCodes = PostalCodeCentroids
			.load(resources.getResource(settings.postalCodes().location()));
		return new Geocoder(addresses, postalCodes, new NominatimGeocoder(server.settings(readTimeout)),
				settings.geocoding().maxCandidates());
	}

}
