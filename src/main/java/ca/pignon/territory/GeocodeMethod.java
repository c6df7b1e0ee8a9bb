package ca.pignon.territory;

/**
 * How a geocoded point was found, from the most to the least precise.
 */
public enum GeocodeMethod {

	/** The civic number was found on the street in the address index. */
	ADDRESS_INDEX,

	/** The street was found in the address index but not the civic number: a point on that street. */
	ADDRESS_INDEX_STREET,

	/** An external geocoder (Nominatim-compatible) answered. */
	EXTERNAL_GEOCODER,

	/** The centroid of the postal code's forward sortation area (its first three characters). */
	POSTAL_CODE,

	/** Staff placed the point by hand. */
	MANUAL

}
