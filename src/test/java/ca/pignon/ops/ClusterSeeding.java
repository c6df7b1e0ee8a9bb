package ca.pignon.ops;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.loadtest.LoadTestSeeder;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.progress.PlannedAction;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RecordDecision;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.TeamPlaces;
import ca.pignon.shared.Actor;

/**
 * Accompanied merchants in the cluster's database, made through the modules' APIs as the test fixtures make them
 * (never by writing to their tables): a Pignon of this build started in the test's JVM without its web server on the
 * cluster's PostgreSQL (as {@link LoadTestSeeder} seeds an external database), closed once the seeding's events are
 * handled. It has no SMTP server: the mail it queues is sent by the cluster's instances, through the outbox.
 * <p>
 * Each advisor accompanies one merchant retained in one round; the first merchant has an approved plan with one
 * action the merchant does ({@link #TASK}), its account's password being {@link ApplicationFixture#PASSWORD}.
 */
final class ClusterSeeding {

	static final String TASK = "vitrine";

	private ClusterSeeding() {
	}

	record Seeded(List<String> advisors, ApplicationDetails merchant) {
	}

	static Seeded seed(int pgPort, String publicUrl, String dataDir, int advisors) {
		try (ConfigurableApplicationContext context = LoadTestSeeder.application().run(
				"--spring.config.location=classpath:/application.properties",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/pignon",
				"--spring.datasource.username=postgres", "--pignon.data-dir=" + dataDir, "--server.port=-1",
				"--pignon.public-url=" + publicUrl, "--pignon.security.bcrypt-strength=4",
				// the cluster's instances send the summaries; this process only writes what they summarize
				"--pignon.followup.advisor-summary.enabled=false", "--logging.level.io.zonky=WARN",
				"--spring.main.banner-mode=off")) {
			var fixture = new DiagnosticFixture(context);
			var progress = context.getBean(ProgressManagement.class);
			List<PignonUser> staff = new ArrayList<>();
			List<ApplicationDetails> applications = new ArrayList<>();
			List<TeamPlaces> teams = new ArrayList<>();
			for (int i = 1; i <= advisors; i++) {
				PignonUser advisor = fixture.staff("Conseillère de la grappe " + i, Role.ADVISOR);
				staff.add(advisor);
				applications.add(ApplicationFixture.anApplication(fixture.intake).named("Commerce de la grappe " + i)
					.submit());
				teams.add(new TeamPlaces("Équipe de la grappe " + i, 1, Set.of(advisor.accountId())));
			}
			PignonUser manager = fixture.staff("Gestion de la grappe", Role.MANAGER);
			Actor managing = Actor.of(manager.accountId());
			fixture.selection.currentRound().ifPresent(open -> fixture.selection.closeRound(open.id(), managing));
			RoundId round = fixture.selection.openRound("Cohorte de la grappe", teams, managing);
			for (int i = 0; i < advisors; i++) {
				ApplicationDetails application = applications.get(i);
				long version = fixture.selection.ranking(round).row(application.id()).orElseThrow().version();
				fixture.selection.decide(new RecordDecision(round, application.id(), DecisionStatus.RETAINED, null,
						staff.get(i).accountId(), "selection.reason.RETAINED.withinPlaces",
						"Votre dossier se classe parmi les places offertes.", version, managing));
			}
			ApplicationDetails merchant = applications.get(0);
			progress.planApproved(merchant.id(), merchant.accountId(), 1,
					List.of(new PlannedAction(TASK, "Photographier la vitrine", "Photograph the storefront",
							YearMonth.now(Dates.PROGRAM_ZONE), new BigDecimal("1"), "MERCHANT")));
			awaitEvents(fixture.jdbc);
			return new Seeded(staff.stream().map(PignonUser::getUsername).toList(), merchant);
		}
	}

	/** Every event published so far handled, so that closing this process leaves none for the instances to retry. */
	private static void awaitEvents(JdbcClient jdbc) {
		Instant end = Instant.now().plus(Duration.ofMinutes(2));
		while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single() > 0) {
			if (Instant.now().isAfter(end)) {
				throw new AssertionError("events left unhandled after 2 minutes");
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
