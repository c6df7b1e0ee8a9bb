package ca.pignon.selection;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.selection.internal.DefaultGrid;
import ca.pignon.shared.AccountId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff, merchants, rounds and decisions for selection tests, all made through the modules' APIs as the pages will.
 */
public final class SelectionFixture {

	final IntakeManagement intake;

	final AccountManagement accounts;

	final SelectionManagement selection;

	final JdbcClient jdbc;

	public SelectionFixture(IntakeManagement intake, AccountManagement accounts, SelectionManagement selection,
			JdbcClient jdbc) {
		this.intake = intake;
		this.accounts = accounts;
		this.selection = selection;
		this.jdbc = jdbc;
	}

	/**
	 * Empties intake's and selection's tables (accounts stay) and puts the shipped grid back as the current one, once
	 * the events of earlier tests have been handled: every test ranks only its own applications.
	 */
	public void reset() {
		awaitEvents();
		jdbc.sql("""
				TRUNCATE selection_log, selection_notification, selection_advisor_area, selection_assignment,
				  selection_review_score, selection_review, selection_standing, selection_candidate,
				  selection_team_member, selection_team, selection_round, intake_application_change, intake_consent,
				  intake_application, dossier_reviewer, dossier_coverage, dossier_area, dossier, platform_mail""")
			.update();
		int current = selection.currentGrid(ApplicationFixture.FRENCH).version();
		if (!selection.definitionOf(current).equals(DefaultGrid.CRITERIA)) {
			selection.reviseGrid(current, DefaultGrid.CRITERIA, manager("Gestion des tests"));
		}
	}

	/**
	 * Waits until the listeners have handled every event published so far; when they have not, says which events are
	 * left, with their attempts, instead of only that time ran out.
	 */
	public void awaitEvents() {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unhandledEvents()).as("events left unhandled").isEmpty());
	}

	private List<String> unhandledEvents() {
		return jdbc.sql("""
				SELECT event_type || ' for ' || listener_id || ', ' || coalesce(status, '?') || ', attempts '
				  || coalesce(completion_attempts, 0) || ', published ' || publication_date
				FROM event_publication WHERE completion_date IS NULL ORDER BY publication_date""")
			.query(String.class)
			.list();
	}

	public Actor manager(String name) {
		return staff(name, Role.MANAGER);
	}

	public Actor advisor(String name) {
		return staff(name, Role.ADVISOR);
	}

	public Actor staff(String name, Role role) {
		AccountId id = accounts.inviteStaff(ApplicationFixture.uniqueEmail("equipe"), name, role,
				ApplicationFixture.FRENCH);
		return Actor.of(id);
	}

	public ApplicationFixture application(String name) {
		return ApplicationFixture.anApplication(intake).named(name);
	}

	/** A submitted, eligible application at the Québec bus station, with the fixture's default answers. */
	public ApplicationDetails eligible(String name) {
		return application(name).submit();
	}

	public RoundId open(String name, int places, Actor manager, Actor... advisors) {
		return selection.openRound(name, List.of(new TeamPlaces("Équipe Centre", places,
				Set.of(java.util.Arrays.stream(advisors).map(Actor::accountId).toArray(AccountId[]::new)))), manager);
	}

	public long version(RoundId round, ApplicationId application) {
		return selection.ranking(round).row(application).orElseThrow().version();
	}

	/** Assigns the reviewer, scores every reviewer criterion with the same value, and submits. */
	public void review(RoundId round, ApplicationId application, Actor reviewer, Actor manager, int value) {
		selection.assignReviewer(round, application, reviewer.accountId(), manager);
		selection.saveScores(round, application, reviewer, List.of(new ScoreInput("GOALS_CLARITY", value, "Objectifs."),
				new ScoreInput("TRAINING_OPENNESS", value, "Ouverture."),
				new ScoreInput("PROJECT_FIT", value, "Adéquation.")));
		selection.submitReview(round, application, reviewer);
	}

	public void retain(RoundId round, ApplicationId application, Actor advisor, Actor manager) {
		selection.decide(new RecordDecision(round, application, DecisionStatus.RETAINED, null, advisor.accountId(),
				"selection.reason.RETAINED.withinPlaces", "Votre dossier se classe parmi les places offertes.",
				version(round, application), manager));
	}

	public void waitlist(RoundId round, ApplicationId application, Integer position, Actor manager) {
		selection.decide(new RecordDecision(round, application, DecisionStatus.WAITLISTED, position, null,
				"selection.reason.WAITLISTED.placesTaken", "Toutes les places sont prises.",
				version(round, application), manager));
	}

	public void notRetain(RoundId round, ApplicationId application, Actor manager) {
		selection.decide(new RecordDecision(round, application, DecisionStatus.NOT_RETAINED, null, null,
				"selection.reason.NOT_RETAINED.lowerScore", "Le pointage ne permet pas d’offrir une place.",
				version(round, application), manager));
	}

	public List<String> mailsTo(String email) {
		return jdbc.sql("SELECT subject || E'\\n' || body FROM platform_mail WHERE recipient = :email ORDER BY created_at")
			.param("email", email)
			.query(String.class)
			.list();
	}

}
