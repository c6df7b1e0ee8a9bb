package ca.pignon.territory.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.GeocodeCandidate;
import ca.pignon.territory.GeocodeMethod;

/**
 * A Nominatim-compatible HTTP geocoder ({@code /search?format=jsonv2}). It is a helper, never a dependency: a slow,
 * failing or nonsensical server gives no candidates, and the other methods answer.
 */
public final class NominatimGeocoder {

	private static final Logger log = LoggerFactory.getLogger(NominatimGeocoder.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Nominatim's rank of a house or a building: finer ranks mean the address itself was found. */
	private static final int ADDRESS_RANK = 30;

	private static final double PRECISE_SCORE = 0.9;

	private static final double APPROXIMATE_SCORE = 0.45;

	private static final double RANK_STEP = 0.05;

	private static final int HTTP_OK = 200;

	private final TerritorySettings.ExternalGeocoder settings;

	private final HttpClient client;

	public NominatimGeocoder(TerritorySettings.ExternalGeocoder settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/**
	 * @param address the address as text
	 * @return the server's candidates, best first; none when it fails in any way
	 */
	public List<GeocodeCandidate> search(String address) {
		try {
			return candidates(JSON.readTree(answer(address)));
		}
		catch (TimeoutException ex) {
			log.warn("The geocoder {} did not answer within {}", settings.baseUrl(), settings.readTimeout());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | RuntimeException ex) {
			log.warn("The geocoder {} failed: {}", settings.baseUrl(), ex.toString());
		}
		return List.of();
	}

	private byte[] answer(String address) throws InterruptedException, ExecutionException, TimeoutException {
		CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request(address),
				HttpResponse.BodyHandlers.ofByteArray());
		try {
			// bounds the whole exchange, body included, which the request timeout alone does not
			HttpResponse<byte[]> response = pending.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
			if (response.statusCode() != HTTP_OK) {
				throw new IllegalStateException("HTTP " + response.statusCode());
			}
			return response.body();
		}
		catch (TimeoutException ex) {
			pending.cancel(true);
			throw ex;
		}
	}

	private HttpRequest request(String address) {
		URI uri = URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + "/search?format=jsonv2&q="
				+ URLEncoder.encode(address, StandardCharsets.UTF_8) + "&countrycodes=ca&limit=5");
		return HttpRequest.newBuilder(uri)
			.timeout(settings.readTimeout())
			.header("User-Agent", settings.userAgent())
			.header("Accept", "application/json")
			.header("Accept-Language", "fr")
			.GET()
			.build();
	}

	private List<GeocodeCandidate> candidates(JsonNode results) {
		if (!results.isArray()) {
			log.warn("The geocoder {} answered something else than a list of places", settings.baseUrl());
			return List.of();
		}
		var candidates = new ArrayList<GeocodeCandidate>();
		for (JsonNode result : results) {
			try {
				var point = new GeoPoint(Double.parseDouble(result.path("lat").asString("")),
						Double.parseDouble(result.path("lon").asString("")));
				boolean approximate = result.path("place_rank").asInt(0) < ADDRESS_RANK;
				double score = Math.max(RANK_STEP, Math.round(
						((approximate ? APPROXIMATE_SCORE : PRECISE_SCORE) - RANK_STEP * candidates.size()) * 100)
						/ 100.0);
				String label = result.path("display_name").asString("").strip();
				candidates.add(new GeocodeCandidate(point, GeocodeMethod.EXTERNAL_GEOCODER, approximate, score,
						label.isEmpty() ? point.latitude() + ", " + point.longitude() : label));
			}
			catch (IllegalArgumentException ex) {
				log.debug("Skipped a place without valid coordinates from {}", settings.baseUrl());
			}
		}
		return candidates;
	}

}
