package ca.pignon.territory.internal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.GeocodeCandidate;
import ca.pignon.territory.GeocodeMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a real HTTP server on loopback: the adapter helps when the server does, and never fails its caller.
 */
class NominatimGeocoderTests {

	static final String TWO_PLACES = """
			[{"place_id": 1, "lat": "46.8446", "lon": "-71.2237", "place_rank": 30, "importance": 0.2,
			  "display_name": "2280, Avenue Monseigneur-Gosselin, Limoilou, Québec, G1J 1A1, Canada"},
			 {"place_id": 2, "lat": "46.8450", "lon": "-71.2240", "place_rank": 26,
			  "display_name": "Avenue Monseigneur-Gosselin, Québec, Canada"}]
			""";

	StubGeocoder server = new StubGeocoder();

	@AfterEach
	void stopServer() {
		server.close();
	}

	@Test
	void turnsTheServersPlacesIntoCandidates() {
		// given
		server.answering(200, TWO_PLACES);
		var geocoder = new NominatimGeocoder(server.settings(Duration.ofSeconds(2)));

		// when
		List<GeocodeCandidate> candidates = geocoder.search("2280 av. Mgr-Gosselin, Québec");

		// then
		assertThat(candidates).hasSize(2);
		assertThat(candidates.get(0)).satisfies(house -> {
			assertThat(house.point()).isEqualTo(new GeoPoint(46.8446, -71.2237));
			assertThat(house.method()).isEqualTo(GeocodeMethod.EXTERNAL_GEOCODER);
			assertThat(house.approximate()).isFalse();
			assertThat(house.label()).startsWith("2280, Avenue Monseigneur-Gosselin");
		});
		assertThat(candidates.get(1).approximate()).isTrue();
		assertThat(candidates.get(1).score()).isLessThan(candidates.get(0).score());
	}

	@Test
	void asksTheNominatimWayWithItsUserAgent() {
		// given
		var geocoder = new NominatimGeocoder(server.settings(Duration.ofSeconds(2)));

		// when
		geocoder.search("2280 av. Mgr-Gosselin, Québec");

		// then
		assertThat(server.requests()).singleElement().satisfies(uri -> {
			assertThat(uri.getPath()).isEqualTo("/search");
			assertThat(uri.getRawQuery())
				.isEqualTo("format=jsonv2&q=2280+av.+Mgr-Gosselin%2C+Qu%C3%A9bec&countrycodes=ca&limit=5");
		});
		assertThat(server.userAgents()).containsExactly("Pignon tests");
	}

	@Test
	void answersNothingWhenTheServerFails() {
		// given
		server.answering(500, "{\"error\": \"overloaded\"}");

		// when
		List<GeocodeCandidate> candidates = new NominatimGeocoder(server.settings(Duration.ofSeconds(2)))
			.search("2280 av. Mgr-Gosselin");

		// then
		assertThat(candidates).isEmpty();
	}

	@Test
	void answersNothingWhenTheServerIsTooSlow() {
		// given
		server.answering(200, TWO_PLACES).after(Duration.ofSeconds(5));
		long start = System.nanoTime();

		// when
		List<GeocodeCandidate> candidates = new NominatimGeocoder(server.settings(Duration.ofMillis(300)))
			.search("2280 av. Mgr-Gosselin");

		// then
		assertThat(candidates).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void answersNothingWhenTheBodyNeverComes() {
		// given
		server.answering(200, TWO_PLACES).stallingTheBody();
		long start = System.nanoTime();

		// when
		List<GeocodeCandidate> candidates = new NominatimGeocoder(server.settings(Duration.ofMillis(300)))
			.search("2280 av. Mgr-Gosselin");

		// then
		assertThat(candidates).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void answersNothingForMalformedJson() {
		// given
		server.answering(200, "[{\"lat\": \"46.8\", \"lon\": ");

		// when
		List<GeocodeCandidate> candidates = new NominatimGeocoder(server.settings(Duration.ofSeconds(2)))
			.search("2280 av. Mgr-Gosselin");

		// then
		assertThat(candidates).isEmpty();
	}

	@Test
	void skipsPlacesWithoutUsableCoordinates() {
		// given
		server.answering(200, """
				[{"lat": "north", "lon": "-71.2", "display_name": "nowhere"},
				 {"lat": "146.8", "lon": "-71.2", "display_name": "off the globe"},
				 {"lat": "46.8", "lon": "-71.2", "place_rank": 30, "display_name": "somewhere"}]
				""");

		// when
		List<GeocodeCandidate> candidates = new NominatimGeocoder(server.settings(Duration.ofSeconds(2)))
			.search("somewhere");

		// then
		assertThat(candidates).extracting(GeocodeCandidate::label).containsExactly("somewhere");
	}

	@Test
	void answersNothingForJsonThatIsNotAListOfPlaces() {
		// given
		server.answering(200, "{\"lat\": \"46.8\", \"lon\": \"-71.2\"}");

		// when
		List<GeocodeCandidate> candidates = new NominatimGeocoder(server.settings(Duration.ofSeconds(2)))
			.search("2280 av. Mgr-Gosselin");

		// then
		assertThat(candidates).isEmpty();
	}

	@Test
	void answersNothingWhenNobodyListens() {
		// given a port where nothing listens any more
		var settings = server.settings(Duration.ofSeconds(2));
		server.close();

		// when
		List<GeocodeCandidate> candidates = new NominatimGeocoder(settings).search("2280 av. Mgr-Gosselin");

		// then
		assertThat(candidates).isEmpty();
	}

}
