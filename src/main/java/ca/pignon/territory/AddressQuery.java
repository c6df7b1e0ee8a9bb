package ca.pignon.territory;

import org.jspecify.annotations.Nullable;

/**
 * An address as a form collects it.
 *
 * @param civicNumber the civic number; it may carry a unit («101-2280», «2280, app. 3», «2280 #3») or be blank
 * @param street the street with its type («boul. Charest Ouest», «Avenue Monseigneur-Gosselin»)
 * @param unit the apartment or suite, not used to place the point
 * @param municipality the municipality as written, a former one included («Sainte-Foy»); used to rank, never to
 * exclude
 * @param postalCode the postal code, in any usual spelling; its area is the last resort
 */
public record AddressQuery(String civicNumber, String street, @Nullable String unit, @Nullable String municipality,
		@Nullable String postalCode) {
}
