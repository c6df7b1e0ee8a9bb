package ca.pignon.intake;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import ca.pignon.shared.Actor;
import ca.pignon.platform.AccountManagement;
import ca.pignon.shared.GeoPoint;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static ca.pignon.intake.EligibilityOverrideTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff place a storefront by hand where the address could not be placed exactly; the rules then decide again from
 * that point.
 */
@IntakeSpringTest
@ExtendWith(PublishedEventsExtension.class)
class ManualPlacementTests {

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	Actor advisor;

	ApplicationDetails placedByPostalCode;

	@BeforeEach
	void anApplicationPlacedOnlyByItsPostalCode() {
		advisor = StaffFixture.advisor(accounts, "Jeanne Tremblay");
		placedByPostalCode = anApplication(intake).at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT))
			.submit();
	}

	@Test
	void refusesAStorefrontPlacedInWendake(AssertablePublishedEvents events) {
		// when
		place(placedByPostalCode, Places.WENDAKE);

		// then
		var application = intake.application(placedByPostalCode.id(), FRENCH);
		assertThat(application.assessment().eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(application.assessment().reasons()).containsExactly(EligibilityReason.OUTSIDE_PROGRAM_TERRITORY);
		assertThat(application.assessment().decidedByStaff()).isFalse();
		var location = application.location();
		assertThat(location.latitude()).isEqualTo(Places.WENDAKE.latitude());
		assertThat(location.longitude()).isEqualTo(Places.WENDAKE.longitude());
		assertThat(location.geocodeMethod()).isEqualTo("MANUAL");
		assertThat(location.locationApproximate()).isFalse();
		assertThat(location.geocodeLabel()).isEqualTo("Jeanne Tremblay");
		assertThat(location.municipalityCode()).isEqualTo(Places.WENDAKE_CODE);
		assertThat(location.municipalityName()).isEqualTo("Wendake");
		assertThat(location.inProgramTerritory()).isFalse();
		assertThat(intake.changesOf(placedByPostalCode.id())).hasSize(3).satisfiesExactly(
				submitted -> assertThat(submitted.action()).isEqualTo("SUBMITTED"), point -> {
					assertThat(point.action()).isEqualTo("POINT_PLACED");
					assertThat(point.actorName()).isEqualTo("Jeanne Tremblay");
					assertThat(point.before()).isEqualTo("46.807400, -71.218100 POSTAL_CODE");
					assertThat(point.after()).isEqualTo("46.870300, -71.365100 MANUAL");
					assertThat(point.reason()).isEqualTo("Vu sur la carte.");
				}, decision -> {
					assertThat(decision.action()).isEqualTo("ELIGIBILITY_REASSESSED");
					assertThat(decision.actorName()).isEqualTo("Jeanne Tremblay");
					assertThat(decision.before()).isEqualTo("TO_VERIFY APPROXIMATE_LOCATION");
					assertThat(decision.after()).isEqualTo("NOT_ELIGIBLE OUTSIDE_PROGRAM_TERRITORY");
					assertThat(decision.reason()).isEqualTo("Vu sur la carte.");
				});
		assertThat(events).contains(EligibilityChanged.class)
			.matching(EligibilityChanged::applicationId, placedByPostalCode.id())
			.matching(EligibilityChanged::before, Eligibility.TO_VERIFY)
			.matching(EligibilityChanged::after, Eligibility.NOT_ELIGIBLE);
	}

	@Test
	void admitsAStorefrontPlacedInLAncienneLorette() {
		// when
		place(placedByPostalCode, Places.L_ANCIENNE_LORETTE);

		// then
		var application = intake.application(placedByPostalCode.id(), FRENCH);
		assertThat(application.assessment().eligibility()).isEqualTo(Eligibility.ELIGIBLE);
		assertThat(application.assessment().reasons()).containsExactly(EligibilityReason.IN_PROGRAM_TERRITORY);
		assertThat(application.location().municipalityCode()).isEqualTo(Places.L_ANCIENNE_LORETTE_CODE);
		assertThat(application.location().arrondissementCode()).isNull();
		assertThat(intake.changesOf(placedByPostalCode.id())).extracting(ApplicationChange::action)
			.containsExactly("SUBMITTED", "POINT_PLACED", "ELIGIBILITY_REASSESSED");
	}

	@Test
	void asksToVerifyAStorefrontNearTheApproximateWesternBorderOfSaintAugustin(AssertablePublishedEvents events) {
		// when
		place(placedByPostalCode, Places.SAINT_AUGUSTIN_WEST_BORDER);

		// then the decision is still "to verify", for another reason
		var application = intake.application(placedByPostalCode.id(), FRENCH);
		assertThat(application.assessment().eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(application.assessment().reasons()).containsExactly(EligibilityReason.APPROXIMATE_BOUNDARY);
		assertThat(application.location().municipalityCode()).isEqualTo(Places.SAINT_AUGUSTIN);
		assertThat(application.location().polygonPrecision()).isEqualTo("APPROXIMATE");
		assertThat(intake.changesOf(placedByPostalCode.id())).extracting(ApplicationChange::action)
			.containsExactly("SUBMITTED", "POINT_PLACED", "ELIGIBILITY_REASSESSED");
		assertThat(events.ofType(EligibilityChanged.class)).isEmpty();
	}

	@Test
	void asksToVerifyAStorefrontJustWestOfSaintAugustinInNoKnownPolygon() {
		// when
		place(placedByPostalCode, Places.WEST_OF_SAINT_AUGUSTIN);

		// then
		var application = intake.application(placedByPostalCode.id(), FRENCH);
		assertThat(application.assessment().eligibility()).isEqualTo(Eligibility.TO_VERIFY);
		assertThat(application.assessment().reasons()).containsExactly(EligibilityReason.NEAR_BOUNDARY);
		assertThat(application.location().municipalityCode()).isNull();
	}

	@Test
	void admitsAStorefrontNearTheCentreOfSaintAugustin() {
		place(placedByPostalCode, Places.SAINT_AUGUSTIN_CENTRE);
		assertThat(intake.application(placedByPostalCode.id(), FRENCH).assessment().eligibility())
			.isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void recordsOnlyThePointWhenTheDecisionStaysTheSame(AssertablePublishedEvents events) {
		// given a storefront admitted at the bus station
		var eligible = anApplication(intake).submit();

		// when staff move it to the Parliament, also in the territory
		place(eligible, Places.PARLIAMENT);

		// then
		var application = intake.application(eligible.id(), FRENCH);
		assertThat(application.assessment().eligibility()).isEqualTo(Eligibility.ELIGIBLE);
		assertThat(application.location().geocodeMethod()).isEqualTo("MANUAL");
		assertThat(intake.changesOf(eligible.id())).extracting(ApplicationChange::action)
			.containsExactly("SUBMITTED", "POINT_PLACED");
		assertThat(events.ofType(EligibilityChanged.class)).isEmpty();
	}

	@Test
	void keepsRefusingAHomeBasedBusinessWhereverItIsPlaced() {
		// given
		var homeBased = anApplication(intake).at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.HOME_BASED))
			.submit();

		// when
		place(homeBased, Places.L_ANCIENNE_LORETTE);

		// then
		var application = intake.application(homeBased.id(), FRENCH);
		assertThat(application.assessment().eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(application.assessment().reasons()).containsExactly(EligibilityReason.HOME_BASED);
	}

	@Test
	void requiresAReason() {
		assertRefused(() -> intake.placeManually(placedByPostalCode.id(), Places.WENDAKE, " ",
				placedByPostalCode.version(), advisor), "intake.override.reason.required");
		assertThat(intake.application(placedByPostalCode.id(), FRENCH).location())
			.isEqualTo(placedByPostalCode.location());
	}

	@Test
	void refusesAPlacementOnAnotherVersion() {
		// given a colleague who placed the point in the meantime
		place(placedByPostalCode, Places.L_ANCIENNE_LORETTE);

		// when / then
		assertRefused(() -> intake.placeManually(placedByPostalCode.id(), Places.WENDAKE, "Autre avis.",
				placedByPostalCode.version(), advisor), "intake.refused.staleVersion");
		assertThat(intake.application(placedByPostalCode.id(), FRENCH).location().municipalityCode())
			.isEqualTo(Places.L_ANCIENNE_LORETTE_CODE);
	}

	@Test
	void refusesToPlaceTheStorefrontOfADraft() {
		// given drafts stopped before and after the storefront step
		for (int steps : new int[] { 1, 4 }) {
			var draft = intake.applicationOf(anApplication(intake).draft(steps), FRENCH).orElseThrow();

			// when / then
			assertRefused(() -> intake.placeManually(draft.id(), Places.PARLIAMENT, "Trop tôt.", draft.version(),
					advisor), "intake.refused.notSubmitted");
			assertThat(intake.changesOf(draft.id())).isEmpty();
		}
	}

	private void place(ApplicationDetails application, GeoPoint point) {
		intake.placeManually(application.id(), point, "Vu sur la carte.", application.version(), advisor);
	}

}
