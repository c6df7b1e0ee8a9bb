package ca.pignon.selection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.Eligibility;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place freed during the round (a retained merchant withdraws, or a decision changes) goes to the next on the
 * waitlist in one action: decision, advisor and mail.
 */
class WaitlistTests extends SelectionTest {

	Actor manager;

	Actor anne;

	ApplicationDetails retained;

	ApplicationDetails first;

	ApplicationDetails second;

	RoundId round;

	@BeforeEach
	void oneRetainedTwoWaiting() {
		manager = fixture.manager("Gaby Gestion");
		anne = fixture.advisor("Anne Conseil");
		retained = fixture.eligible("Boulangerie retenue");
		first = fixture.eligible("Épicerie première");
		second = fixture.eligible("Fleuriste deuxième");
		round = fixture.open("Printemps", 1, manager, anne);
		fixture.retain(round, retained.id(), anne, manager);
		fixture.waitlist(round, first.id(), 1, manager);
		fixture.waitlist(round, second.id(), 2, manager);
	}

	@Test
	void theWaitlistIsInItsOrderWithEachRowOfTheRanking() {
		// when
		var waitlist = selection.waitlist(round, manager.accountId());

		// then
		assertThat(waitlist).extracting(row -> row.applicationId()).containsExactly(first.id(), second.id());
		assertThat(waitlist).extracting(row -> row.waitlistPosition()).containsExactly(1, 2);
		assertThat(waitlist.get(0)).isEqualTo(selection.ranking(round).row(first.id()).orElseThrow());
	}

	@Test
	void aWithdrawalFreesAPlaceThatGoesToTheFirstOnTheWaitlist() {
		// given
		selection.withdraw(round, retained.id(), "Courriel du 3 mars : le commerce déménage.",
				fixture.version(round, retained.id()), manager);
		assertThat(selection.round(round).freePlaces()).isEqualTo(1);
		assertThat(selection.caseloadOf(anne.accountId())).isEmpty();

		// when
		var offered = selection.offerFreedPlace(round, null, manager);

		// then
		assertThat(offered).isEqualTo(first.id());
		var row = selection.ranking(round).row(first.id()).orElseThrow();
		assertThat(row.decision()).isEqualTo(DecisionStatus.RETAINED);
		assertThat(row.advisorName()).isEqualTo("Anne Conseil");
		assertThat(row.waitlistPosition()).isNull();
		assertThat(selection.round(round).freePlaces()).isZero();
		assertThat(fixture.mailsTo(first.email())).last().asString()
			.startsWith("Votre candidature est retenue")
			.contains("Une place s’est libérée dans la cohorte")
			.contains("Anne Conseil");
		var status = selection.decisionFor(first.accountId(), FRENCH).orElseThrow();
		assertThat(status.state()).isEqualTo(MerchantState.RETAINED);
		assertThat(status.advisorName()).isEqualTo("Anne Conseil");
		// the second is now first in line
		assertThat(selection.decisionFor(second.accountId(), FRENCH).orElseThrow().waitlistPosition()).isEqualTo(1);
		assertThat(selection.decisionFor(retained.accountId(), FRENCH).orElseThrow().state())
			.isEqualTo(MerchantState.WITHDRAWN);
	}

	@Test
	void aChangedDecisionFreesThePlaceToo() {
		// given the retained merchant turns out not to be retained after all
		selection.decide(new RecordDecision(round, retained.id(), DecisionStatus.NOT_RETAINED, null, null,
				"selection.reason.NOT_RETAINED.projectFit", "Le projet ne correspond pas.",
				fixture.version(round, retained.id()), manager));

		// when
		var offered = selection.offerFreedPlace(round, anne.accountId(), manager);

		// then
		assertThat(offered).isEqualTo(first.id());
		assertThat(selection.caseloadOf(anne.accountId())).extracting(AssignedMerchant::applicationId)
			.containsExactly(first.id());
		assertThat(selection.timelineOf(retained.id())).extracting(TimelineEntry::action)
			.containsSubsequence("ADVISOR_ASSIGNED", "DECIDED", "ADVISOR_RELEASED");
	}

	@Test
	void aWaitlistedMerchantNoLongerEligibleIsPassedOver() {
		selection.withdraw(round, retained.id(), "Appel du 3 mars.", fixture.version(round, retained.id()), manager);
		intake.overrideEligibility(first.id(), Eligibility.NOT_ELIGIBLE, "Local fermé.",
				intake.application(first.id(), FRENCH).version(), manager);
		fixture.awaitEvents();

		assertThat(selection.offerFreedPlace(round, null, manager)).isEqualTo(second.id());
	}

	@Test
	void thereIsNothingToOfferWithoutAFreePlaceOrSomeoneWaiting() {
		assertRefused(() -> selection.offerFreedPlace(round, null, manager), "selection.refused.noFreePlace");

		selection.withdraw(round, retained.id(), "Appel du 3 mars.", fixture.version(round, retained.id()), manager);
		selection.withdraw(round, first.id(), "Appel du 4 mars.", fixture.version(round, first.id()), manager);
		selection.withdraw(round, second.id(), "Appel du 5 mars.", fixture.version(round, second.id()), manager);

		assertRefused(() -> selection.offerFreedPlace(round, null, manager), "selection.refused.waitlistEmpty");
	}

	@Test
	void onlyARetainedOrWaitlistedMerchantWithdrawsAndSaysHow() {
		var undecided = fixture.eligible("Sans décision");
		fixture.awaitEvents();

		assertRefused(() -> selection.withdraw(round, undecided.id(), "Appel.", fixture.version(round, undecided.id()),
				manager), "selection.refused.withdrawNotPossible");
		assertRefused(() -> selection.withdraw(round, first.id(), " ", fixture.version(round, first.id()), manager),
				"selection.withdraw.note.required");
	}

	@Test
	void aWaitlistedMerchantSeesTheirPositionAndWhatHappensNext() {
		var status = selection.decisionFor(second.accountId(), FRENCH).orElseThrow();

		assertThat(status.state()).isEqualTo(MerchantState.WAITLISTED);
		assertThat(status.waitlistPosition()).isEqualTo(2);
		assertThat(status.roundName()).isEqualTo("Printemps");
		assertThat(status.criteria()).isEmpty();
		assertThat(fixture.mailsTo(second.email())).last().asString()
			.contains("en position 2")
			.contains("si une place se libère pendant la cohorte");
	}

}
