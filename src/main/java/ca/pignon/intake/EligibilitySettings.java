package ca.pignon.intake;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The eligibility rules that are a program's choice, not the code's: another city or program changes these.
 *
 * @param version the version of these rules, recorded with every decision; change it when you change a rule
 * @param eligibleReception reception modes that count as a storefront
 * @param reviewedReception reception modes an advisor must confirm
 * @param edgeMarginMeters within this distance of the program territory's edge, an advisor checks the location
 * @param approximateEdgeMarginMeters the same margin where the boundary itself is approximate
 * @param outsideMunicipalities neighbouring municipalities outside the program: a merchant who names one, placed
 *     only approximately outside the territory, is told at once rather than left waiting
 * @param otherResources where to send a business the program cannot take
 * @param programPlaceNames the names merchants give to places of the program territory (its municipalities, their
 *     former municipalities and arrondissements): a merchant who names one, placed only approximately and far
 *     outside, has an advisor look rather than being refused
 * @param uncertainty how far from an approximate point the storefront may really be, by the way it was placed
 */
@ConfigurationProperties("pignon.intake.eligibility")
public record EligibilitySettings(@DefaultValue("2026-11-27") String version,
		@DefaultValue({ "STOREFRONT", "BY_APPOINTMENT" }) Set<ReceptionMode> eligibleReception,
		@DefaultValue("OTHER") Set<ReceptionMode> reviewedReception, @DefaultValue("50") double edgeMarginMeters,
		@DefaultValue("500") double approximateEdgeMarginMeters, @DefaultValue List<String> outsideMunicipalities,
		@DefaultValue List<OtherResource> otherResources, @DefaultValue List<String> programPlaceNames,
		@DefaultValue Uncertainty uncertainty) {

	/**
	 * How far an approximate point may be from the storefront: a postal code's area (an FSA spans a few kilometres in
	 * town, tens of kilometres in the country), a street's length, an external geocoder's town-level answer.
	 */
	public record Uncertainty(@DefaultValue("20000") double postalCodeMeters,
			@DefaultValue("15000") double streetMeters, @DefaultValue("20000") double externalGeocoderMeters) {

		/** The uncertainty of a point placed by this geocoding method (the name of a territory GeocodeMethod). */
		public double meters(String geocodeMethod) {
			return switch (geocodeMethod) {
				case "ADDRESS_INDEX_STREET" -> streetMeters;
				case "EXTERNAL_GEOCODER" -> externalGeocoderMeters;
				default -> postalCodeMeters;
			};
		}

	}

	/**
	 * A resource named in the operator's own words: configuration, shown as written, in English where given.
	 */
	public record OtherResource(String name, String url, String description, @Nullable String nameEn,
			@Nullable String descriptionEn) {

		public String name(Locale locale) {
			return english(locale) && nameEn != null ? nameEn : name;
		}

		public String description(Locale locale) {
			return english(locale) && descriptionEn != null ? descriptionEn : description;
		}

		private static boolean english(Locale locale) {
			return "en".equals(locale.getLanguage());
		}

	}

}
