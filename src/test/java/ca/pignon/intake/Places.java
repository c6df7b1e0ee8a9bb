package ca.pignon.intake;

import ca.pignon.shared.GeoPoint;

/**
 * Real places for eligibility tests. Addresses come from the shipped address index
 * (src/main/resources/territory/vdq-lieux-publics.csv); what each point is said to be was checked against the shipped
 * boundary files and the README's eligibility rules.
 */
public final class Places {

	/** Row 201639 of the address index, the Québec bus station: La Cité-Limoilou, 1.4 km from the program edge. */
	public static final String BUS_STATION_CIVIC = "350";

	public static final String BUS_STATION_STREET = "rue Abraham-Martin";

	public static final GeoPoint BUS_STATION = new GeoPoint(46.818833, -71.2137172);

	/** Row 107049 of the address index, in Charlesbourg. */
	public static final String CEGEP_CHARLESBOURG_CIVIC = "7600";

	public static final String CEGEP_CHARLESBOURG_STREET = "3e Avenue Est";

	/** The Parliament Building, Vieux-Québec. */
	public static final GeoPoint PARLIAMENT = new GeoPoint(46.8119, -71.2052);

	/** The Huron-Wendat village: Wendake, an enclave outside the program, 440 m from its edge. */
	public static final GeoPoint WENDAKE = new GeoPoint(46.8703, -71.3651);

	/** The centre of L'Ancienne-Lorette, far from any edge of the program territory. */
	public static final GeoPoint L_ANCIENNE_LORETTE = new GeoPoint(46.8039, -71.3589);

	/** Saint-Augustin-de-Desmaures, about 250 m inside its western border, which is known only approximately. */
	public static final GeoPoint SAINT_AUGUSTIN_WEST_BORDER = new GeoPoint(46.75, -71.566);

	/** Just west of Saint-Augustin-de-Desmaures, about 300 m outside: in no known polygon. */
	public static final GeoPoint WEST_OF_SAINT_AUGUSTIN = new GeoPoint(46.75, -71.576);

	/** Saint-Augustin-de-Desmaures, near its centre, almost 3 km from any edge. */
	public static final GeoPoint SAINT_AUGUSTIN_CENTRE = new GeoPoint(46.74, -71.458);

	/** Codes of the boundary files: municipalities (census subdivisions) and arrondissements of Ville de Québec. */
	public static final String QUEBEC = "2423027";

	public static final String L_ANCIENNE_LORETTE_CODE = "2423057";

	public static final String WENDAKE_CODE = "2423802";

	public static final String SAINT_AUGUSTIN = "2423072";

	public static final String LA_CITE_LIMOILOU = "1";

	public static final String CHARLESBOURG = "4";

	private Places() {
	}

}
