package ca.pignon.followup;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.context.ApplicationContext;

import java.util.Set;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.diagnostic.Dimension;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/**
 * Retained merchants with their advisor (through the intake and selection APIs, see {@link DiagnosticFixture}) and
 * meetings written through the follow-up's API.
 */
public final class FollowupFixture {

	public final DiagnosticFixture merchants;

	public final FollowupManagement followup;

	public final MerchantCalendarManagement calendars;

	public final TestClock clock;

	public FollowupFixture(ApplicationContext context) {
		this.merchants = new DiagnosticFixture(context);
		this.followup = context.getBean(FollowupManagement.class);
		this.calendars = context.getBean(MerchantCalendarManagement.class);
		this.clock = TestClock.INSTANCE;
	}

	/** Back to the real time, every table emptied once the events of earlier tests are handled. */
	public void reset() {
		clock.set(java.time.Instant.now());
		merchants.reset();
		merchants.jdbc.sql("""
				TRUNCATE followup_meeting, followup_dossier, followup_plan_action, followup_notification, followup_log,
				  followup_survey""").update();
	}

	public PignonUser advisor(String name) {
		return merchants.staff(name, Role.ADVISOR);
	}

	public PignonUser manager(String name) {
		return merchants.staff(name, Role.MANAGER);
	}

	/** Merchants retained with this advisor: their accompaniment starts with the decision. */
	public List<ApplicationDetails> accompanied(PignonUser advisor, String... names) {
		return merchants.retained(advisor, names);
	}

	/**
	 * A diagnostic of this kind answered in full and completed by the advisor: the best answers in the dimensions of
	 * {@code bestIn}, the worst elsewhere.
	 */
	public DiagnosticId completeDiagnostic(ApplicationId application, DiagnosticKind kind, PignonUser advisor,
			Set<String> bestIn) {
		var diagnostics = merchants.diagnostics;
		// the end diagnostic opens months after the plan's approval: a test ending an accompaniment at once does what a
		// manager would, opening it early with a reason
		DiagnosticSummary started = kind == DiagnosticKind.T1
				? diagnostics.startT1Early(application, "Le commerce quitte le programme plus tôt.",
						merchants.staff("Gestion du programme", Role.MANAGER), ApplicationFixture.FRENCH)
				: diagnostics.start(application, kind, DiagnosticFixture.respondent(advisor), ApplicationFixture.FRENCH);
		QuestionBank bank = diagnostics.bank(started.bankVersion());
		for (Dimension dimension : bank.dimensions()) {
			merchants.answer(started.id(), dimension.id(),
					merchants.answersAt(bank, dimension.id(), bestIn.contains(dimension.id())), advisor);
		}
		diagnostics.complete(started.id(), DiagnosticFixture.respondent(advisor), ApplicationFixture.FRENCH);
		return started.id();
	}

	public static Actor actor(PignonUser user) {
		return Actor.of(user.accountId());
	}

	public LocalDate today() {
		return clock.instant().atZone(Dates.PROGRAM_ZONE).toLocalDate();
	}

	public void walk(Duration duration) {
		clock.advance(duration);
	}

	public static MeetingDetails held(LocalDate date, int minutes) {
		return new MeetingDetails(MeetingStatus.HELD, date, null, minutes, MeetingMode.IN_PERSON, null,
				"Fiche Google et photos", "", List.of(), "Publier trois photos");
	}

	public static MeetingDetails planned(LocalDate date, LocalTime time, int minutes) {
		return new MeetingDetails(MeetingStatus.PLANNED, date, time, minutes, MeetingMode.VIDEO,
				"https://visio.example/pignon", "Bilan du premier mois", "", List.of(), "");
	}

}
