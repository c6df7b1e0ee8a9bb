package ca.pignon.territory;

import java.util.List;

/**
 * A drawing of the territory, in metres east and south of the boundaries' centre, for an SVG map on which staff
 * click to place a point. Served from Pignon itself: no tiles, no third party.
 *
 * @param viewBox the SVG viewBox that frames every shape
 * @param shapes municipalities (in or out of the program) and arrondissements, simplified for drawing
 * @param originLongitude longitude of x = 0
 * @param originLatitude latitude of y = 0
 * @param metresPerDegreeEast metres per degree of longitude
 * @param metresPerDegreeNorth metres per degree of latitude
 */
public record TerritoryMap(String viewBox, List<Shape> shapes, double originLongitude, double originLatitude,
		double metresPerDegreeEast, double metresPerDegreeNorth) {

	/**
	 * @param kind {@code program}, {@code outside} or {@code arrondissement}
	 * @param path SVG path data
	 */
	public record Shape(String name, String kind, String path) {
	}

	public long x(double longitude) {
		return Math.round((longitude - originLongitude) * metresPerDegreeEast);
	}

	/** SVG's y axis points down: south is positive. */
	public long y(double latitude) {
		return Math.round(-(latitude - originLatitude) * metresPerDegreeNorth);
	}

}
