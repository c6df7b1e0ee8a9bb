package ca.pignon.dossier;

/**
 * Where the storefront is on one layer of the program's territory.
 *
 * @param layer the layer's name: {@link #MUNICIPALITY}, {@link #ARRONDISSEMENT}, {@link #QUARTIER}, or another one a
 *     city configures (an SDC, say)
 * @param code the area's code in its boundary file
 * @param name the area's name in its boundary file
 */
public record DossierArea(String layer, String code, String name) {

	public static final String MUNICIPALITY = "municipality";

	public static final String ARRONDISSEMENT = "arrondissement";

	public static final String QUARTIER = "quartier";

}
