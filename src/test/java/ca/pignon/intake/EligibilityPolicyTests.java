package ca.pignon.intake;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Territory and storefront eligibility, decided from the reception mode and the location evidence.
 */
class EligibilityPolicyTests {

	EligibilityPolicy policy = new EligibilityPolicy(new EligibilitySettings("test-rules",
			Set.of(ReceptionMode.STOREFRONT, ReceptionMode.BY_APPOINTMENT), Set.of(ReceptionMode.OTHER), 50, 500,
			List.of("Lévis", "Wendake", "Notre-Dame-des-Anges"), List.of(),
			List.of("Québec", "L’Ancienne-Lorette", "Saint-Augustin-de-Desmaures", "Sainte-Foy"), UNCERTAINTY));

	/** 20 km around a postal code's centroid, 15 km along a street, 20 km around a town-level external answer. */
	static final EligibilitySettings.Uncertainty UNCERTAINTY = new EligibilitySettings.Uncertainty(20_000, 15_000,
			20_000);

	@Test
	void admitsAStorefrontPlacedExactlyInsideTheTerritory() {
		// given
		var location = exact(QUEBEC, true, "EXACT", 412.5);
		// when
		var decision = policy.assess(ReceptionMode.STOREFRONT, location, "Québec");
		// then
		assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.IN_PROGRAM_TERRITORY);
	}

	@Test
	void admitsCommercialPremisesReceivingByAppointment() {
		var decision = policy.assess(ReceptionMode.BY_APPOINTMENT, exact(QUEBEC, true, "EXACT", 900), "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void refusesAnAddressOutsideEveryMunicipality() {
		// given a point in Lévis, on the south shore: no polygon holds it
		var location = exact(null, false, null, 1800);
		// when
		var decision = policy.assess(ReceptionMode.STOREFRONT, location, "Lévis");
		// then
		assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.OUTSIDE_PROGRAM_TERRITORY);
	}

	@Test
	void refusesAnAddressInAnEnclaveOutsideTheProgram() {
		// given Wendake: a municipality the layer knows, not part of the program
		var location = exact("2423802", false, "EXACT", 300);
		var decision = policy.assess(ReceptionMode.STOREFRONT, location, "Wendake");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.OUTSIDE_PROGRAM_TERRITORY);
	}

	@Test
	void refusesAHomeBasedBusinessEvenInsideTheTerritory() {
		var decision = policy.assess(ReceptionMode.HOME_BASED, exact(QUEBEC, true, "EXACT", 900), "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.HOME_BASED);
	}

	@Test
	void refusesAnOnlineOnlyBusiness() {
		var decision = policy.assess(ReceptionMode.ONLINE_ONLY, exact(QUEBEC, true, "EXACT", 900), "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.ONLINE_ONLY);
	}

	@Test
	void givesEveryReasonForARefusal() {
		var decision = policy.assess(ReceptionMode.ONLINE_ONLY, exact(null, false, null, 5000), "Lévis");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(decision.reasons()).containsExactlyInAnyOrder(EligibilityReason.ONLINE_ONLY,
				EligibilityReason.OUTSIDE_PROGRAM_TERRITORY);
	}

	@Test
	void asksAnAdvisorWhenTheAddressWasNotFound() {
		var decision = policy.assess(ReceptionMode.STOREFRONT, null, "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.ADDRESS_NOT_FOUND);
	}

	@Test
	void asksAnAdvisorWhenOnlyThePostalCodePlacedTheAddress() {
		// given a postal-code centroid inside the territory
		var location = approximate(QUEBEC, true, 2000);
		var decision = policy.assess(ReceptionMode.STOREFRONT, location, "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.APPROXIMATE_LOCATION);
	}

	@Test
	void refusesWhenNoPlaceWithinTheUncertaintyOfAnApproximatePointIsInTheTerritory() {
		// given the centroid of postal code H3B (downtown Montréal), 206 km from the territory, "Montréal" typed
		var location = approximate(null, false, 206_000);
		// when
		var decision = policy.assess(ReceptionMode.STOREFRONT, location, "Montréal");
		// then
		assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.FAR_OUTSIDE_PROGRAM_TERRITORY);
	}

	@Test
	void asksAnAdvisorWhenTheEdgeIsWithinTheUncertaintyOfAnApproximatePoint() {
		// given a postal-code centroid outside, the territory's edge just within 20 km of it, then just beyond
		var within = policy.assess(ReceptionMode.STOREFRONT, approximate(null, false, 20_000), "Montréal");
		var beyond = policy.assess(ReceptionMode.STOREFRONT, approximate(null, false, 20_001), "Montréal");
		// then
		assertThat(within.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(within.reasons()).containsExactly(EligibilityReason.APPROXIMATE_LOCATION);
		assertThat(beyond.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
	}

	@Test
	void measuresTheUncertaintyByHowThePointWasPlaced() {
		// given a point on a street found without its number, 16 km out: a street is at most 15 km long
		var street = new LocationEvidence(46.8, -71.2, "ADDRESS_INDEX_STREET", 0.5, "rue", true, null, null, false,
				null, null, null, null, null, 16_000.0, 16_000.0);
		// when / then
		assertThat(policy.assess(ReceptionMode.STOREFRONT, street, "Montréal").eligibility())
			.isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(policy.assess(ReceptionMode.STOREFRONT, approximate(null, false, 16_000), "Montréal").eligibility())
			.isEqualTo(Eligibility.TO_VERIFY);
	}

	@Test
	void asksAnAdvisorWhenTheNamedMunicipalityIsInTheProgramButThePointFarOutside() {
		// given the centroid of H3B while the merchant typed a place of the program: one of the two is wrong
		for (String typed : List.of("Québec", "QUEBEC", "l'ancienne-lorette", "Ste-Foy")) {
			var decision = policy.assess(ReceptionMode.STOREFRONT, approximate(null, false, 206_000), typed);
			assertThat(decision.eligibility()).as(typed).isEqualTo(Eligibility.TO_VERIFY);
			assertThat(decision.reasons()).as(typed)
				.containsExactly(EligibilityReason.MUNICIPALITY_CONTRADICTS_LOCATION);
		}
	}

	@Test
	void refusesAFarApproximatePointWithAnyOtherReasonToRefuse() {
		var decision = policy.assess(ReceptionMode.ONLINE_ONLY, approximate(null, false, 206_000), "Montréal");
		assertThat(decision.reasons()).containsExactlyInAnyOrder(EligibilityReason.ONLINE_ONLY,
				EligibilityReason.FAR_OUTSIDE_PROGRAM_TERRITORY);
	}

	@Test
	void neverRefusesOnAnApproximatePointAlone() {
		// given a postal-code centroid outside, while the merchant names a municipality of the program
		var location = approximate(null, false, 1500);
		var decision = policy.assess(ReceptionMode.STOREFRONT, location, "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.APPROXIMATE_LOCATION);
	}

	@Test
	void refusesWhenAnApproximatePointAndTheNamedMunicipalityAgreeItIsOutside() {
		var location = approximate(null, false, 1500);
		var decision = policy.assess(ReceptionMode.STOREFRONT, location, "  LEVIS ");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.OUTSIDE_PROGRAM_TERRITORY);
	}

	@Test
	void asksAnAdvisorWithinFiftyMetresOfTheTerritoryEdge() {
		var inside = policy.assess(ReceptionMode.STOREFRONT, exact(QUEBEC, true, "EXACT", 49.9), "Québec");
		var outside = policy.assess(ReceptionMode.STOREFRONT, exact("2423802", false, "EXACT", 30), "Wendake");
		assertThat(inside.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(inside.reasons()).containsExactly(EligibilityReason.NEAR_BOUNDARY);
		assertThat(outside.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(outside.reasons()).containsExactly(EligibilityReason.NEAR_BOUNDARY);
	}

	@Test
	void decidesAloneFiftyMetresOrMoreFromTheEdge() {
		var decision = policy.assess(ReceptionMode.STOREFRONT, exact(QUEBEC, true, "EXACT", 50), "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void asksAnAdvisorNearAnApproximateBoundary() {
		// given Saint-Augustin-de-Desmaures, whose western border comes from a 1:1 000 000 map
		var near = policy.assess(ReceptionMode.STOREFRONT, exact("2423072", true, "APPROXIMATE", 320), "Saint-Augustin-de-Desmaures");
		var deepInside = policy.assess(ReceptionMode.STOREFRONT, exact("2423072", true, "APPROXIMATE", 2400), "Saint-Augustin-de-Desmaures");
		assertThat(near.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(near.reasons()).containsExactly(EligibilityReason.APPROXIMATE_BOUNDARY);
		assertThat(deepInside.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void keepsTheWiderMarginOutsideEveryKnownPolygon() {
		// given a point just west of the approximate border: which side it is really on is unknown
		var decision = policy.assess(ReceptionMode.STOREFRONT, exact(null, false, null, 300), "Saint-Augustin-de-Desmaures");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.NEAR_BOUNDARY);
	}

	@Test
	void asksAnAdvisorToConfirmAnUnusualReceptionMode() {
		var decision = policy.assess(ReceptionMode.OTHER, exact(QUEBEC, true, "EXACT", 900), "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.RECEPTION_TO_CONFIRM);
	}

	@Test
	void refusalWinsOverDoubt() {
		var decision = policy.assess(ReceptionMode.HOME_BASED, null, "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.HOME_BASED);
	}

	@Test
	void followsTheProgramsOwnChoiceOfReceptionModes() {
		// given another program that only takes storefronts open to the public
		var strict = new EligibilityPolicy(new EligibilitySettings("strict", Set.of(ReceptionMode.STOREFRONT),
				Set.of(), 50, 500, List.of(), List.of(), List.of(), UNCERTAINTY));
		var decision = strict.assess(ReceptionMode.BY_APPOINTMENT, exact(QUEBEC, true, "EXACT", 900), "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.NO_STOREFRONT);
	}

	@Test
	void readsMunicipalityNamesWhateverTheirSpelling() {
		assertThat(EligibilityPolicy.normalized("Lévis")).isEqualTo(EligibilityPolicy.normalized("LEVIS"));
		assertThat(EligibilityPolicy.normalized("St-Augustin")).isEqualTo("saint augustin");
		assertThat(EligibilityPolicy.normalized("Ste-Foy")).isEqualTo("sainte foy");
	}

	@Test
	void asksAnAdvisorWhenAnApproximatePointInsideMeetsAMunicipalityOutside() {
		// given a postal-code centroid in Québec while the merchant names Lévis: the two do not agree
		var decision = policy.assess(ReceptionMode.STOREFRONT, approximate(QUEBEC, true, 2000), "Lévis");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(decision.reasons()).containsExactly(EligibilityReason.APPROXIMATE_LOCATION);
	}

	@Test
	void readsTheNamedMunicipalityWhateverItsApostropheOrAbbreviation() {
		// given the outside municipalities as the configuration writes them
		var configured = new EligibilityPolicy(new EligibilitySettings("test-rules",
				Set.of(ReceptionMode.STOREFRONT), Set.of(ReceptionMode.OTHER), 50, 500,
				List.of("L’Ange-Gardien", "Saint-Étienne-de-Lauzon"), List.of(), List.of(), UNCERTAINTY));
		// when the merchant types them otherwise
		for (String typed : List.of("L'Ange-Gardien", "l ange gardien", "St-Etienne-de-Lauzon", "ST ÉTIENNE DE LAUZON")) {
			var decision = configured.assess(ReceptionMode.STOREFRONT, approximate(null, false, 3000), typed);
			// then
			assertThat(decision.eligibility()).as(typed).isEqualTo(Eligibility.NOT_ELIGIBLE);
		}
	}

	@Test
	void keepsTheWiderMarginOnlyUpToFiveHundredMetres() {
		var near = policy.assess(ReceptionMode.STOREFRONT, exact(null, false, null, 499.9), "Québec");
		var far = policy.assess(ReceptionMode.STOREFRONT, exact(null, false, null, 500), "Québec");
		assertThat(near.reasons()).containsExactly(EligibilityReason.NEAR_BOUNDARY);
		assertThat(far.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(far.reasons()).containsExactly(EligibilityReason.OUTSIDE_PROGRAM_TERRITORY);
	}

	@Test
	void decidesAloneFiveHundredMetresOrMoreFromAnApproximateBoundary() {
		var near = policy.assess(ReceptionMode.STOREFRONT, exact("2423072", true, "APPROXIMATE", 499.9), "Québec");
		var far = policy.assess(ReceptionMode.STOREFRONT, exact("2423072", true, "APPROXIMATE", 500), "Québec");
		assertThat(near.reasons()).containsExactly(EligibilityReason.APPROXIMATE_BOUNDARY);
		assertThat(far.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void refusesAnEnclaveOnlyFiftyMetresOrMoreFromItsEdge() {
		var near = policy.assess(ReceptionMode.STOREFRONT, exact("2423802", false, "EXACT", 49.9), "Wendake");
		var far = policy.assess(ReceptionMode.STOREFRONT, exact("2423802", false, "EXACT", 50), "Wendake");
		assertThat(near.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(far.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
	}

	@Test
	void givesEveryReasonToVerify() {
		var decision = policy.assess(ReceptionMode.OTHER, null, "Québec");
		assertThat(decision.eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(decision.reasons()).containsExactlyInAnyOrder(EligibilityReason.RECEPTION_TO_CONFIRM,
				EligibilityReason.ADDRESS_NOT_FOUND);
	}

	@Test
	void admitsAPointWhoseDistanceToTheEdgeIsUnknown() {
		var location = new LocationEvidence(46.8, -71.2, "MANUAL", null, "staff", false, QUEBEC, "Québec", true, null,
				null, null, null, "EXACT", null, null);
		assertThat(policy.assess(ReceptionMode.STOREFRONT, location, "Québec").eligibility())
			.isEqualTo(Eligibility.ELIGIBLE);
	}

	static final String QUEBEC = "2423027";

	static LocationEvidence exact(@Nullable String municipality, boolean inProgram, @Nullable String precision,
			double edgeMeters) {
		return new LocationEvidence(46.8, -71.2, "ADDRESS_INDEX", 1.0, "test", false, municipality,
				municipality == null ? null : "m", inProgram, null, null, null, null, precision, edgeMeters, edgeMeters);
	}

	static LocationEvidence approximate(@Nullable String municipality, boolean inProgram, double edgeMeters) {
		return new LocationEvidence(46.8, -71.2, "POSTAL_CODE", 0.3, "G1R", true, municipality,
				municipality == null ? null : "m", inProgram, null, null, null, null, municipality == null ? null : "EXACT",
				edgeMeters, edgeMeters);
	}

}
