package ca.pignon.loadtest;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RankingRow;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.territory.TerritoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The load-test seeder, on a few applications: it keeps working as the modules' APIs change, and what it makes is what
 * the load test needs (eligible applications in every arrondissement, a ranking the selection code computed, accounts
 * that can sign in). A database of its own (the context's property makes it one).
 */
@SpringBootTest(properties = "pignon.test.context=loadtest-seeder")
class LoadTestSeederTests {

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ca.pignon.platform.EmailAddressManagement emailAddresses;

	@Autowired
	SelectionManagement selection;

	@Autowired
	TerritoryManagement territory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void seedsEligibleApplicationsARankedRoundAndAccountsThatSignIn() {
		// given
		var seeding = new Seeding(intake, accounts, emailAddresses, selection, territory, jdbc,
				new TransactionTemplate(transactions),
				Seeding.TimeTravel.NONE);

		// when
		var result = seeding.seed(new Seeding.Plan(60, 2, 2, 5, 0.5, 2, 10, 7L));

		// then every application was found eligible by the rules, across the arrondissements
		assertThat(result.applications()).isEqualTo(60);
		assertThat(jdbc.sql("SELECT count(*) FROM intake_application WHERE status = 'SUBMITTED' AND eligibility = 'ELIGIBLE'")
			.query(Integer.class)
			.single()).isEqualTo(60);
		assertThat(result.arrondissements()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(jdbc.sql("SELECT count(*) FROM intake_application WHERE legal_name NOT LIKE '%(fictif)'")
			.query(Integer.class)
			.single()).isZero();

		// and the round ranks them all, with reviews and decisions, as the selection code computes it again
		var ranking = selection.ranking(result.round());
		assertThat(ranking.rows()).hasSize(60);
		assertThat(selection.recomputeRanking(result.round())).isEqualTo(ranking);
		assertThat(result.reviewsSubmitted()).isPositive();
		assertThat(ranking.rows()).extracting(RankingRow::decision)
			.contains(DecisionStatus.RETAINED, DecisionStatus.WAITLISTED, DecisionStatus.NOT_RETAINED,
					DecisionStatus.WITHDRAWN);
		assertThat(selection.rankingPage(result.round(), 0, 50, accounts.staff()
			.stream()
			.filter(staff -> staff.email().equals(Seeding.MANAGER_EMAIL))
			.findFirst()
			.orElseThrow()
			.id(), Locale.CANADA_FRENCH).rows()).hasSize(50);

		// and the manager and the merchants sign in with the documented password
		for (String email : new String[] { Seeding.MANAGER_EMAIL, "commerce-00001@" + FictionalMerchants.EMAIL_DOMAIN }) {
			String hash = jdbc.sql("SELECT password_hash FROM platform_account WHERE email = :email")
				.param("email", email)
				.query(String.class)
				.single();
			assertThat(passwords.matches(Seeding.PASSWORD, hash)).as(email).isTrue();
		}

		// and a second seeding of the same database is refused
		assertThatThrownBy(() -> seeding.seed(new Seeding.Plan(5, 1, 1, 1, 0, 1, 5, 7L)))
			.hasMessageContaining("only fills an empty database");
	}

}
