package ca.pignon.followup;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.PignonUser;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.followup.FollowupFixture.held;
import static ca.pignon.followup.FollowupFixture.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Meetings held count their minutes against the program's hours budget (10 h unless configured); planned ones are for
 * the calendar; every entry is checked, and two people editing the same meeting never overwrite each other silently.
 */
class MeetingsAndHoursTests extends FollowupTest {

	FollowupManagement followup;

	PignonUser anne;

	ApplicationId boulangerie;

	@BeforeEach
	void aRetainedMerchantWithAnneAsAdvisor() {
		followup = fixture.followup;
		anne = fixture.advisor("Anne Tremblay");
		boulangerie = fixture.accompanied(anne, "Boulangerie du Parvis").get(0).id();
	}

	@Test
	void heldMeetingsAddTheirMinutesAndPlannedOnesDoNot() {
		followup.logMeeting(boulangerie, held(fixture.today().minusDays(7), 90), actor(anne));
		followup.logMeeting(boulangerie, held(fixture.today(), 45), actor(anne));
		followup.logMeeting(boulangerie, planned(fixture.today().plusDays(7), LocalTime.of(14, 0), 60), actor(anne));

		Hours hours = followup.dossier(boulangerie).hours();
		assertThat(hours.budgetMinutes()).isEqualTo(10 * 60);
		assertThat(hours.usedMinutes()).isEqualTo(90 + 45);
		assertThat(hours.leftMinutes()).isEqualTo(600 - 135);
		assertThat(hours.over()).isFalse();
		assertThat(followup.dossier(boulangerie).lastContact()).isEqualTo(fixture.today());
	}

	@Test
	void changingAMeetingChangesTheHoursAndAPlannedMeetingHeldStartsCounting() {
		MeetingId first = followup.logMeeting(boulangerie, held(fixture.today(), 60), actor(anne));
		followup.editMeeting(first, held(fixture.today(), 120), followup.meeting(first).version(), actor(anne));
		MeetingId next = followup.logMeeting(boulangerie, planned(fixture.today().plusDays(1), LocalTime.of(9, 30), 30),
				actor(anne));
		assertThat(followup.dossier(boulangerie).hours().usedMinutes()).isEqualTo(120);

		fixture.walk(Duration.ofDays(2));
		followup.editMeeting(next, held(fixture.today().minusDays(1), 30), followup.meeting(next).version(), actor(anne));

		assertThat(followup.dossier(boulangerie).hours().usedMinutes()).isEqualTo(150);
	}

	@Test
	void goingOverTheBudgetIsAllowedAndShown() {
		for (int day = 1; day <= 3; day++) {
			followup.logMeeting(boulangerie, held(fixture.today().minusDays(day), 240), actor(anne));
		}

		Hours hours = followup.dossier(boulangerie).hours();
		assertThat(hours.usedMinutes()).isEqualTo(720);
		assertThat(hours.over()).isTrue();
		assertThat(hours.overMinutes()).isEqualTo(120);
		assertThat(hours.leftMinutes()).isZero();
	}

	@Test
	void refusesAHeldMeetingInTheFutureAZeroOrAbsurdDurationAndAPlannedOneWithoutTimeOrInThePast() {
		assertThat(problems(held(fixture.today().plusDays(1), 60))).containsExactly("date:followup.meeting.date.future");
		assertThat(problems(held(fixture.today(), 0))).containsExactly("durationMinutes:followup.meeting.duration.range");
		assertThat(problems(held(fixture.today(), 481))).containsExactly("durationMinutes:followup.meeting.duration.range");
		assertThat(problems(new MeetingDetails(MeetingStatus.HELD, fixture.today(), null, 60, MeetingMode.PHONE, null,
				" ", "", List.of(), ""))).containsExactly("topics:followup.meeting.topics.required");
		assertThat(problems(planned(fixture.today().plusDays(3), null, 60))).containsExactly("time:followup.meeting.time.required");
		assertThat(problems(planned(fixture.today().minusDays(1), LocalTime.NOON, 60))).containsExactly("date:followup.meeting.date.past");

		assertThat(followup.meetingsOf(boulangerie)).isEmpty();
		assertThat(followup.dossier(boulangerie).hours().usedMinutes()).isZero();
	}

	@Test
	void aSecondEditorStartingFromTheSameVersionIsToldWhatChangedAndNothingIsOverwritten() {
		MeetingId meeting = followup.logMeeting(boulangerie, held(fixture.today(), 60), actor(anne));
		long seen = followup.meeting(meeting).version();
		PignonUser manager = fixture.manager("Hélène Gagnon");
		followup.editMeeting(meeting, held(fixture.today(), 75), seen, actor(manager));

		MeetingConflict conflict = catchThrowableOfType(MeetingConflict.class,
				() -> followup.editMeeting(meeting, held(fixture.today(), 30), seen, actor(anne)));

		assertThat(conflict.current().details().durationMinutes()).isEqualTo(75);
		assertThat(conflict.current().updatedBy()).isEqualTo("Hélène Gagnon");
		assertThat(followup.meeting(meeting).details().durationMinutes()).isEqualTo(75);
		assertThat(followup.dossier(boulangerie).hours().usedMinutes()).isEqualTo(75);
	}

	@Test
	void aMerchantAssignedByTheSelectionGetsADossierFromTheEvent() {
		PignonUser benoit = fixture.advisor("Benoît Roy");
		ApplicationId epicerie = fixture.merchants.retained(benoit, "Épicerie Saint-Roch").get(0).id();

		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(followup.dossier(epicerie).advisor()).isEqualTo(benoit.accountId()));
		assertThat(followup.dossier(epicerie).businessName()).isEqualTo(
				fixture.merchants.selection.caseloadOf(benoit.accountId()).get(0).businessName());
	}

	private List<String> problems(MeetingDetails details) {
		FollowupRefused refused = catchThrowableOfType(FollowupRefused.class,
				() -> followup.logMeeting(boulangerie, details, actor(anne)));
		assertThat(refused).as("refused").isNotNull();
		return refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
	}

}
