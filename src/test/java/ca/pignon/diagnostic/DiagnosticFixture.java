package ca.pignon.diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RecordDecision;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionTables;
import ca.pignon.selection.TeamPlaces;
import ca.pignon.shared.AccountId;

/**
 * Retained merchants with their advisor, made through the intake and selection APIs as the pages make them (never by
 * writing to their tables), and answers given through the diagnostic's API.
 */
public final class DiagnosticFixture {

	public final IntakeManagement intake;

	public final AccountManagement accounts;

	public final SelectionManagement selection;

	public final DiagnosticManagement diagnostics;

	public final DiagnosticReader reader;

	public final JdbcClient jdbc;

	private final UserDetailsService users;

	public DiagnosticFixture(ApplicationContext context) {
		this.intake = context.getBean(IntakeManagement.class);
		this.accounts = context.getBean(AccountManagement.class);
		this.selection = context.getBean(SelectionManagement.class);
		this.diagnostics = context.getBean(DiagnosticManagement.class);
		this.reader = context.getBean(DiagnosticReader.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.users = context.getBean(UserDetailsService.class);
	}

	/** Empties intake's, selection's and the diagnostic's tables (the bank's versions stay: they never change). */
	public void reset() {
		SelectionTables.awaitEvents(intake, accounts, selection, jdbc);
		jdbc.sql("TRUNCATE diagnostic_score, diagnostic_note, diagnostic_answer, diagnostic_assessment").update();
		SelectionTables.reset(intake, accounts, selection, jdbc);
	}

	public PignonUser staff(String name, Role role) {
		String email = ApplicationFixture.uniqueEmail("equipe");
		accounts.inviteStaff(email, name, role, ApplicationFixture.FRENCH);
		return (PignonUser) users.loadUserByUsername(email);
	}

	public PignonUser merchantUser(ApplicationDetails application) {
		return (PignonUser) users.loadUserByUsername(application.email());
	}

	public static Respondent respondent(PignonUser user) {
		return new Respondent(user.accountId(), user.role().isStaff());
	}

	/** Submitted eligible applications, retained in one round with this advisor. */
	public List<ApplicationDetails> retained(PignonUser advisor, String... names) {
		List<ApplicationDetails> applications = new ArrayList<>();
		for (String name : names) {
			applications.add(ApplicationFixture.anApplication(intake).named(name).submit());
		}
		return retained(advisor, applications);
	}

	/** These submitted eligible applications, retained in one round with this advisor. */
	public List<ApplicationDetails> retained(PignonUser advisor, List<ApplicationDetails> applications) {
		return retainedIn("Cohorte " + applications.get(0).displayName(), advisor, applications);
	}

	/** These submitted eligible applications, retained with this advisor in a round of this name. */
	public List<ApplicationDetails> retainedIn(String roundName, PignonUser advisor,
			List<ApplicationDetails> applications) {
		PignonUser manager = staff("Hélène Gagnon", Role.MANAGER);
		Actor managing = Actor.of(manager.accountId());
		selection.currentRound().ifPresent(open -> selection.closeRound(open.id(), managing));
		RoundId round = selection.openRound(roundName, List.of(new TeamPlaces("Équipe Centre",
				applications.size(), Set.of(advisor.accountId()))), managing);
		for (ApplicationDetails application : applications) {
			long version = selection.ranking(round).row(application.id()).orElseThrow().version();
			selection.decide(new RecordDecision(round, application.id(), DecisionStatus.RETAINED, null,
					advisor.accountId(), "selection.reason.RETAINED.withinPlaces",
					"Votre dossier se classe parmi les places offertes.", version, managing));
		}
		return applications;
	}

	/** Every question of a dimension at the same level: 0 the worst answer, 1 the best (hidden ones too). */
	public Map<String, List<String>> answersAt(QuestionBank bank, String dimension, boolean best) {
		Map<String, List<String>> values = new HashMap<>();
		for (Question question : bank.dimension(dimension).orElseThrow().questions()) {
			values.put(question.id(), switch (question.type()) {
				case SINGLE -> List.of(question.choices()
					.stream()
					.filter(choice -> !choice.notApplicable())
					.sorted(java.util.Comparator.comparingInt(Choice::points))
					.reduce((first, second) -> best ? second : first)
					.orElseThrow()
					.id());
				case MULTIPLE -> best ? question.choices().stream().filter(c -> !c.exclusive()).map(Choice::id).toList()
						: List.of(question.choices().stream().min(java.util.Comparator.comparingInt(Choice::points)).orElseThrow().id());
				case SCALE -> List.of(best ? "5" : "0");
				case ALREADY_PLANNED_NO -> List.of(best ? Answer.ALREADY : Answer.NO);
				case NUMBER -> List.of(best ? question.bands().get(question.bands().size() - 1).from().toPlainString() : "0");
				case TEXT -> List.of("Mieux vendre en ligne");
			});
		}
		return values;
	}

	/** Saves a dimension's answers as its page would, against the diagnostic's current version. */
	public DiagnosticSummary answer(DiagnosticId id, String dimension, Map<String, List<String>> values,
			PignonUser by) {
		QuestionBank bank = diagnostics.bank(diagnostics.summary(id).bankVersion());
		List<String> shown = bank.dimension(dimension).orElseThrow().questions().stream().map(Question::id).toList();
		return diagnostics.save(id, dimension, shown, values, null, diagnostics.summary(id).version(),
				respondent(by), ApplicationFixture.FRENCH);
	}

	/** Starts the T0 diagnostic and answers every dimension, the best answers in {@code bestIn}, the worst elsewhere. */
	public DiagnosticId completed(ApplicationId application, PignonUser advisor, Set<String> bestIn) {
		DiagnosticId id = completedLater(application, advisor, bestIn);
		diagnostics.complete(id, respondent(advisor), ApplicationFixture.FRENCH);
		return id;
	}

	/** As {@link #completed}, every answer given, but not marked complete yet. */
	public DiagnosticId completedLater(ApplicationId application, PignonUser advisor, Set<String> bestIn) {
		DiagnosticSummary started = diagnostics.start(application, DiagnosticKind.T0, respondent(advisor),
				ApplicationFixture.FRENCH);
		QuestionBank bank = diagnostics.bank(started.bankVersion());
		for (Dimension dimension : bank.dimensions()) {
			answer(started.id(), dimension.id(), answersAt(bank, dimension.id(), bestIn.contains(dimension.id())),
					advisor);
		}
		return started.id();
	}

	public AccountId account(ApplicationDetails application) {
		return application.accountId();
	}

}
