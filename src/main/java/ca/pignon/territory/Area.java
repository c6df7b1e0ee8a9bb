package ca.pignon.territory;

/**
 * A named area of a boundary layer: a municipality, an arrondissement or a quartier.
 *
 * @param code the area's code in its boundary file (for a municipality, its census subdivision code)
 * @param name the area's name in its boundary file
 */
public record Area(String code, String name) {
}
