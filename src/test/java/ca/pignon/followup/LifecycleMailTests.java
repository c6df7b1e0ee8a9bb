package ca.pignon.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import ca.pignon.support.ReceivedMails;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.SelectionFixture;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.RoundId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails of a dossier's life (issue 18, point 6), sent for real over SMTP to GreenMail: the merchant's for a meeting
 * planned (with the link to their calendar file) and for the closing (with the survey), once each however often the
 * meeting is saved; a reviewer's when an application is assigned to them.
 */
@SpringBootTest(properties = { "pignon.test.context=lifecycle-mail", "spring.mail.host=127.0.0.1",
		"spring.mail.port=3526" })
class LifecycleMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3526, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	ApplicationContext context;

	FollowupFixture fixture;

	@BeforeEach
	void emptyTables() {
		fixture = new FollowupFixture(context);
		fixture.reset();
	}

	@Test
	void theMerchantIsMailedAPlannedMeetingOnceAndTheClosingWithTheSurvey() throws Exception {
		// given Anne accompanies a merchant
		PignonUser anne = fixture.advisor("Anne Tremblay");
		ApplicationDetails application = fixture.accompanied(anne, "Pâtisserie " + System.nanoTime()).get(0);
		ApplicationId id = application.id();
		String merchant = fixture.merchants.accounts.find(application.accountId()).orElseThrow().email();
		LocalDate day = LocalDate.now(Dates.PROGRAM_ZONE).plusDays(9);

		// when she plans a meeting, then saves it again without moving it, then moves it
		var meeting = fixture.followup.logMeeting(id, FollowupFixture.planned(day, LocalTime.of(14, 30), 60),
				FollowupFixture.actor(anne));
		MimeMessage planned = awaitMail(merchant, "Rencontre prévue", 1).get(0);
		assertThat(body(planned)).contains("14h30").contains("60 minutes").contains("Visioconférence")
			.contains("/followup/my/calendar.ics");
		long version = fixture.followup.meeting(meeting).version();
		fixture.followup.editMeeting(meeting, FollowupFixture.planned(day, LocalTime.of(14, 30), 90), version,
				FollowupFixture.actor(anne));
		version = fixture.followup.meeting(meeting).version();
		fixture.followup.editMeeting(meeting, FollowupFixture.planned(day.plusDays(1), LocalTime.of(9, 0), 90),
				version, FollowupFixture.actor(anne));
		List<MimeMessage> meetings = awaitMail(merchant, "Rencontre prévue", 2);
		assertThat(body(meetings.get(1))).contains("9h00");

		// when the accompaniment is closed
		fixture.completeDiagnostic(id, DiagnosticKind.T0, anne, Set.of());
		fixture.completeDiagnostic(id, DiagnosticKind.T1, anne, Set.of("website"));
		fixture.followup.close(id, FollowupFixture.actor(anne));
		MimeMessage closed = awaitMail(merchant, "accompagnement est terminé", 1).get(0);
		assertThat(body(closed)).contains("/followup/my/survey").contains(application.displayName());

		// and nothing more came than those three
		Thread.sleep(1000);
		assertThat(ReceivedMails.to(smtp, merchant, "Rencontre prévue")).hasSize(2);
	}

	@Test
	void aReviewerIsMailedWhenAnApplicationIsAssignedToThem() throws Exception {
		var merchants = fixture.merchants;
		SelectionFixture selection = new SelectionFixture(merchants.intake, merchants.accounts, merchants.selection,
				merchants.jdbc);
		selection.reset();
		Actor manager = selection.manager("Gestion");
		Actor reviewer = selection.advisor("Évaluatrice");
		ApplicationId reviewed = selection.eligible("Librairie " + System.nanoTime()).id();
		selection.awaitEvents();
		RoundId round = selection.open("Cohorte du printemps", 5, manager, reviewer);
		context.getBean(SelectionManagement.class).assignReviewer(round, reviewed, reviewer.accountId(), manager);
		String email = merchants.accounts.find(reviewer.accountId()).orElseThrow().email();
		MimeMessage mail = awaitMail(email, "Une candidature de la cohorte", 1).get(0);
		assertThat(mail.getSubject()).isNotNull();
		assertThat(body(mail)).contains("Cohorte du printemps").contains("/selection/reviews");
	}

	private static List<MimeMessage> awaitMail(String recipient, String quoting, int count) {
		return ReceivedMails.await(smtp, recipient, quoting, count);
	}

	private static String body(MimeMessage message) {
		return ReceivedMails.body(message);
	}

}
