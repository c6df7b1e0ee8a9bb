package ca.pignon.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import ca.pignon.shared.Actor;
import ca.pignon.platform.AccountManagement;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff replace a decision of the rules with their own, say why, and never overwrite a colleague's change unseen.
 */
@IntakeSpringTest
@ExtendWith(PublishedEventsExtension.class)
class EligibilityOverrideTests {

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	Actor advisor;

	ApplicationDetails toVerify;

	ExecutorService threads = Executors.newFixedThreadPool(2);

	@BeforeEach
	void anApplicationPlacedOnlyByItsPostalCode() {
		advisor = StaffFixture.advisor(accounts, "Jeanne Tremblay");
		toVerify = anApplication(intake).at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT)).submit();
		assertThat(toVerify.assessment().eligibility()).isEqualTo(Eligibility.TO_VERIFY);
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void replacesTheDecisionAndKeepsWhoWhenBeforeAfterAndWhy(AssertablePublishedEvents events) {
		// given
		Instant before = Instant.now();

		// when
		intake.overrideEligibility(toVerify.id(), Eligibility.ELIGIBLE, "  Adresse confirmée par téléphone.  ",
				toVerify.version(), advisor);

		// then
		var application = intake.application(toVerify.id(), FRENCH);
		assertThat(application.assessment().eligibility()).isEqualTo(Eligibility.ELIGIBLE);
		assertThat(application.assessment().reasons()).containsExactly(EligibilityReason.STAFF_DECISION);
		assertThat(application.assessment().decidedByStaff()).isTrue();
		assertThat(application.assessment().rulesVersion()).isEqualTo(toVerify.assessment().rulesVersion());
		assertThat(application.version()).isGreaterThan(toVerify.version());
		assertThat(application.location()).isEqualTo(toVerify.location());
		assertThat(intake.changesOf(toVerify.id())).hasSize(2).last().satisfies(change -> {
			assertThat(change.action()).isEqualTo("ELIGIBILITY_OVERRIDDEN");
			assertThat(change.actorName()).isEqualTo("Jeanne Tremblay");
			assertThat(change.at()).isBetween(before.minusSeconds(1), Instant.now());
			assertThat(change.before()).isEqualTo("TO_VERIFY APPROXIMATE_LOCATION");
			assertThat(change.after()).isEqualTo("ELIGIBLE STAFF_DECISION");
			assertThat(change.reason()).isEqualTo("Adresse confirmée par téléphone.");
		});
		assertThat(events).contains(EligibilityChanged.class)
			.matching(EligibilityChanged::applicationId, toVerify.id())
			.matching(EligibilityChanged::before, Eligibility.TO_VERIFY)
			.matching(EligibilityChanged::after, Eligibility.ELIGIBLE);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   \n  " })
	void requiresAReason(String reason) {
		assertRefused(() -> intake.overrideEligibility(toVerify.id(), Eligibility.ELIGIBLE, reason,
				toVerify.version(), advisor), "intake.override.reason.required");
		assertUnchanged();
	}

	@Test
	void refusesAReasonLongerThanTheAuditTrailKeeps() {
		assertRefused(() -> intake.overrideEligibility(toVerify.id(), Eligibility.ELIGIBLE, "x".repeat(2001),
				toVerify.version(), advisor), "intake.override.reason.tooLong");
		assertUnchanged();
	}

	@Test
	void refusesADecisionTakenOnAnotherVersion() {
		assertRefused(() -> intake.overrideEligibility(toVerify.id(), Eligibility.ELIGIBLE, "Vu sur place.",
				toVerify.version() - 1, advisor), "intake.refused.staleVersion");
		assertRefused(() -> intake.overrideEligibility(toVerify.id(), Eligibility.ELIGIBLE, "Vu sur place.",
				toVerify.version() + 1, advisor), "intake.refused.staleVersion");
		assertUnchanged();
	}

	@Test
	void refusesTheDecisionAlreadyInPlace() {
		assertRefused(() -> intake.overrideEligibility(toVerify.id(), Eligibility.TO_VERIFY, "Rien ne change.",
				toVerify.version(), advisor), "intake.override.unchanged");
		assertUnchanged();
	}

	@Test
	void refusesToDecideOnADraft() {
		// given
		var account = anApplication(intake).draft(4);
		var draft = intake.applicationOf(account, FRENCH).orElseThrow();

		// when / then
		assertRefused(() -> intake.overrideEligibility(draft.id(), Eligibility.ELIGIBLE, "Trop tôt.", draft.version(),
				advisor), "intake.refused.notSubmitted");
		assertThat(intake.changesOf(draft.id())).isEmpty();
	}

	@Test
	void refusesTheSecondOfTwoStaffMembersWhoSawTheSameVersion() {
		// given two staff members who opened the same version
		var colleague = StaffFixture.advisor(accounts, "Marc Bouchard");
		intake.overrideEligibility(toVerify.id(), Eligibility.ELIGIBLE, "Bail commercial reçu.", toVerify.version(),
				advisor);

		// when / then
		assertRefused(() -> intake.overrideEligibility(toVerify.id(), Eligibility.NOT_ELIGIBLE, "Local fermé.",
				toVerify.version(), colleague), "intake.refused.staleVersion");
		assertThat(intake.application(toVerify.id(), FRENCH).assessment().eligibility())
			.isEqualTo(Eligibility.ELIGIBLE);
		assertThat(intake.changesOf(toVerify.id())).extracting(ApplicationChange::actorName)
			.containsExactly("Rosalie Gingras", "Jeanne Tremblay");
	}

	@RepeatedTest(3)
	void letsExactlyOneOfTwoSimultaneousDecisionsThrough() throws Exception {
		// given two staff members deciding differently on the same version at the same instant
		var colleague = StaffFixture.advisor(accounts, "Marc Bouchard");
		var start = new CyclicBarrier(2);
		List<Callable<Eligibility>> decisions = List.of(
				() -> decide(start, Eligibility.ELIGIBLE, advisor),
				() -> decide(start, Eligibility.NOT_ELIGIBLE, colleague));

		// when
		List<Object> outcomes = new ArrayList<>();
		for (Future<Eligibility> outcome : threads.invokeAll(decisions, 30, TimeUnit.SECONDS)) {
			try {
				outcomes.add(outcome.get());
			}
			catch (java.util.concurrent.ExecutionException ex) {
				outcomes.add(ex.getCause());
			}
		}

		// then one decision stands, the other is refused as stale, and the trail holds only the one that stands
		assertThat(outcomes).filteredOn(Eligibility.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof Eligibility))
			.singleElement()
			.isInstanceOfSatisfying(IntakeRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("intake.refused.staleVersion"));
		Eligibility winner = (Eligibility) outcomes.stream().filter(Eligibility.class::isInstance).findFirst().get();
		assertThat(intake.application(toVerify.id(), FRENCH).assessment().eligibility()).isEqualTo(winner);
		assertThat(intake.changesOf(toVerify.id())).filteredOn(change -> change.action().equals("ELIGIBILITY_OVERRIDDEN"))
			.singleElement()
			.satisfies(change -> assertThat(change.after()).startsWith(winner.name()));
	}

	private Eligibility decide(CyclicBarrier start, Eligibility eligibility, Actor actor) throws Exception {
		start.await(10, TimeUnit.SECONDS);
		intake.overrideEligibility(toVerify.id(), eligibility, "Décision simultanée.", toVerify.version(), actor);
		return eligibility;
	}

	private void assertUnchanged() {
		var application = intake.application(toVerify.id(), FRENCH);
		assertThat(application.assessment()).isEqualTo(toVerify.assessment());
		assertThat(application.version()).isEqualTo(toVerify.version());
		assertThat(intake.changesOf(toVerify.id())).extracting(ApplicationChange::action).containsExactly("SUBMITTED");
	}

	static void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOf(IntakeRefused.class)
			.extracting(refused -> ((IntakeRefused) refused).messageKey())
			.isEqualTo(messageKey);
	}

}
