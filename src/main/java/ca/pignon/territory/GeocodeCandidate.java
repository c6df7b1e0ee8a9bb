package ca.pignon.territory;

import ca.pignon.shared.GeoPoint;

/**
 * One answer of the geocoder.
 *
 * @param point where the address is thought to be
 * @param method how the point was found
 * @param approximate whether the point may be far from the address itself (street or postal-code level)
 * @param score confidence between 0 and 1
 * @param label the address as the source spells it
 */
public record GeocodeCandidate(GeoPoint point, GeocodeMethod method, boolean approximate, double score,
		String label) {

	public GeocodeCandidate {
		if (!(score >= 0 && score <= 1)) {
			throw new IllegalArgumentException("score out of range: " + score);
		}
	}

}
