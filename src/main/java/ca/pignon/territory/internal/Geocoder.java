package ca.pignon.territory.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.territory.AddressQuery;
import ca.pignon.territory.GeocodeCandidate;

/**
 * Finds points for addresses, most precise method first, and stops at the first that is sure of the address:
 * <ol>
 * <li>the address index: civic number found on the street;</li>
 * <li>the external geocoder, when enabled, because it is more precise than anything below;</li>
 * <li>the address index again, street found without the civic number (approximate);</li>
 * <li>the centroid of the postal code's area, only when nothing else answered (approximate).</li>
 * </ol>
 */
public final class Geocoder {

	private final AddressIndex addresses;

	private final PostalCodeCentroids postalCodes;

	private final @Nullable NominatimGeocoder external;

	private final int maxCandidates;

	/**
	 * @param external the external geocoder, null when disabled
	 */
	public Geocoder(AddressIndex addresses, PostalCodeCentroids postalCodes, @Nullable NominatimGeocoder external,
			int maxCandidates) {
		this.addresses = addresses;
		this.postalCodes = postalCodes;
		this.external = external;
		this.maxCandidates = maxCandidates;
	}

	public List<GeocodeCandidate> geocode(AddressQuery query) {
		return geocode(ParsedAddress.of(query));
	}

	public List<GeocodeCandidate> geocode(String freeText) {
		return geocode(ParsedAddress.of(freeText));
	}

	private List<GeocodeCandidate> geocode(ParsedAddress address) {
		AddressIndex.Answer indexed = addresses.search(address);
		var candidates = new ArrayList<>(indexed.exact());
		if (candidates.isEmpty() && external != null && !address.text().isBlank()) {
			List<GeocodeCandidate> found = external.search(address.text());
			candidates.addAll(found);
			if (found.stream().anyMatch(candidate -> !candidate.approximate())) {
				return limited(candidates);
			}
		}
		if (indexed.exact().isEmpty()) {
			candidates.addAll(indexed.streetLevel());
		}
		if (candidates.isEmpty() && address.postalCode() != null) {
			postalCodes.centroidOf(address.postalCode()).ifPresent(candidates::add);
		}
		return limited(candidates);
	}

	private List<GeocodeCandidate> limited(List<GeocodeCandidate> candidates) {
		return List.copyOf(candidates.subList(0, Math.min(maxCandidates, candidates.size())));
	}

}
