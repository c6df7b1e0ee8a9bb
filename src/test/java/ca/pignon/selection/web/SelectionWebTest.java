package ca.pignon.selection.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.MessageFiles;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RecordDecision;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.ScoreInput;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionSpringTest;
import ca.pignon.selection.SelectionTables;
import ca.pignon.selection.TeamPlaces;
import ca.pignon.shared.AccountId;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the selection page tests work with: the application over MockMvc (security filters included) on the selection
 * tests' shared context, starting from empty intake and selection tables; staff who can sign in; merchants and their
 * eligible applications; rounds, reviews and decisions made through the API.
 */
@SelectionSpringTest
abstract class SelectionWebTest {

	static final Locale FRENCH = ApplicationFixture.FRENCH;

	@Autowired
	WebApplicationContext context;

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SelectionManagement selection;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	MockMvc mvc;

	/** A staff member: as the workflow knows them, and signed in for requests. */
	record Staff(Actor actor, String name, RequestPostProcessor login) {

		AccountId id() {
			return actor.accountId();
		}

	}

	@BeforeEach
	void emptyTablesAndMockMvc() {
		SelectionTables.reset(intake, accounts, selection, jdbc);
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	Staff manager(String name) {
		return staff(name, Role.MANAGER);
	}

	Staff advisor(String name) {
		return staff(name, Role.ADVISOR);
	}

	Staff staff(String name, Role role) {
		String email = ApplicationFixture.uniqueEmail("equipe");
		AccountId id = accounts.inviteStaff(email, name, role, FRENCH);
		return new Staff(Actor.of(id), name, user(users.loadUserByUsername(email)));
	}

	RequestPostProcessor merchant(ApplicationDetails application) {
		return user(users.loadUserByUsername(application.email()));
	}

	ApplicationFixture application(String name) {
		return ApplicationFixture.anApplication(intake).named(name);
	}

	ApplicationDetails eligible(String name) {
		return application(name).submit();
	}

	RoundId open(String name, int places, Staff manager, Staff... advisors) {
		return selection.openRound(name, List.of(new TeamPlaces("Équipe Centre", places,
				Set.of(java.util.Arrays.stream(advisors).map(Staff::id).toArray(AccountId[]::new)))), manager.actor());
	}

	long version(RoundId round, ApplicationId application) {
		return selection.ranking(round).row(application).orElseThrow().version();
	}

	/** Assigns the reviewer, scores every reviewer criterion with the same value, and submits. */
	void review(RoundId round, ApplicationId application, Staff reviewer, Staff manager, int value) {
		selection.assignReviewer(round, application, reviewer.id(), manager.actor());
		selection.saveScores(round, application, reviewer.actor(),
				List.of(new ScoreInput("GOALS_CLARITY", value, "Objectifs."),
						new ScoreInput("TRAINING_OPENNESS", value, "Ouverture."),
						new ScoreInput("PROJECT_FIT", value, "Adéquation.")));
		selection.submitReview(round, application, reviewer.actor());
	}

	void retain(RoundId round, ApplicationId application, Staff advisor, Staff manager) {
		selection.decide(new RecordDecision(round, application, DecisionStatus.RETAINED, null, advisor.id(),
				"selection.reason.RETAINED.withinPlaces", "Votre dossier se classe parmi les places offertes.",
				version(round, application), manager.actor()));
	}

	void waitlist(RoundId round, ApplicationId application, Integer position, Staff manager) {
		selection.decide(new RecordDecision(round, application, DecisionStatus.WAITLISTED, position, null,
				"selection.reason.WAITLISTED.placesTaken", "Toutes les places sont prises.",
				version(round, application), manager.actor()));
	}

	void notRetain(RoundId round, ApplicationId application, Staff manager) {
		selection.decide(new RecordDecision(round, application, DecisionStatus.NOT_RETAINED, null, null,
				"selection.reason.NOT_RETAINED.lowerScore", "Le pointage ne permet pas d’offrir une place.",
				version(round, application), manager.actor()));
	}

	ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request);
	}

	MockHttpServletRequestBuilder getAs(Staff staff, String path) {
		return get(path).with(staff.login());
	}

	MockHttpServletRequestBuilder postAs(Staff staff, String path) {
		return post(path).with(csrf()).with(staff.login());
	}

	static String dossierPath(RoundId round, ApplicationId application) {
		return "/selection/rounds/" + round + "/applications/" + application.value();
	}

	static String reviewPath(RoundId round, ApplicationId application) {
		return "/selection/reviews/" + round + "/" + application.value();
	}

	/**
	 * A French message as the translators wrote it, with its arguments; no-break spaces (1 000) read as spaces, as in
	 * the text of a page.
	 */
	static String french(String key, Object... arguments) {
		String text = MessageFiles.french(key);
		String message = arguments.length == 0 ? text : new MessageFormat(text, Locale.CANADA_FRENCH).format(arguments);
		return message.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
