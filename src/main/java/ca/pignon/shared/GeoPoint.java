package ca.pignon.shared;

/**
 * A point on Earth in WGS84 (EPSG:4326) degrees.
 */
public record GeoPoint(double latitude, double longitude) {

	public GeoPoint {
		if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
			throw new IllegalArgumentException("latitude out of range: " + latitude);
		}
		if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
			throw new IllegalArgumentException("longitude out of range: " + longitude);
		}
	}

}
