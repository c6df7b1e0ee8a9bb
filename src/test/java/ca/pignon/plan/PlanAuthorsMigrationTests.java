package ca.pignon.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.support.ScratchDatabase;

/**
 * The plan's authors become account ids, on a database of its own holding what the plan's tables held before: a name
 * that exactly one account has becomes that account; a name two accounts share, or none, stays a name only.
 */
@PlanSpringTest
class PlanAuthorsMigrationTests {

	static final String ACCOUNT_IDS = "20261207.1620";

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNameOneAccountHasBecomesThatAccountAndOtherNamesStayAsWritten() {
		try (var scratch = new ScratchDatabase(environment, jdbc, "plan_authors").migratedBefore(ACCOUNT_IDS)) {
			JdbcClient db = scratch.db;
			// given accounts (two share a name) and a plan written with display names
			UUID marc = scratch.account("marc@example.org", "Marc Tremblay");
			scratch.account("anne1@example.org", "Anne Tremblay");
			scratch.account("anne2@example.org", "Anne Tremblay");
			UUID merchant = scratch.account("rosalie@example.org", "Rosalie Gingras");
			UUID plan = UUID.randomUUID();
			db.sql("""
					INSERT INTO plan_plan (id, application_id, merchant_account, diagnostic_id, status, current_version,
					  sent_version, approved_version, created_at, created_by)
					VALUES (:id, :application, :merchant, :diagnostic, 'CHANGES_REQUESTED', 3, 3, NULL, now(),
					  'Marc Tremblay')""")
				.param("id", plan)
				.param("application", UUID.randomUUID())
				.param("merchant", merchant)
				.param("diagnostic", UUID.randomUUID())
				.update();
			version(db, plan, 1, "Marc Tremblay");
			version(db, plan, 2, "Anne Tremblay");
			version(db, plan, 3, "Conseillère partie");
			db.sql("""
					INSERT INTO plan_change_request (id, plan_id, version, comment, requested_at, requested_by)
					VALUES (:id, :plan, 3, 'Plus tard', now(), 'Rosalie Gingras')""")
				.param("id", UUID.randomUUID())
				.param("plan", plan)
				.update();

			// when
			scratch.migrateToTheEnd();

			// then
			assertThat(db.sql("SELECT created_by_account FROM plan_plan").query(UUID.class).single()).isEqualTo(marc);
			assertThat(db.sql("""
					SELECT version || ' ' || coalesce(CAST(created_by_account AS text), '-') || ' ' || created_by
					FROM plan_version ORDER BY version""").query(String.class).list())
				.containsExactly("1 " + marc + " Marc Tremblay", "2 - Anne Tremblay", "3 - Conseillère partie");
			assertThat(db.sql("SELECT requested_by_account FROM plan_change_request").query(UUID.class).single())
				.isEqualTo(merchant);
			// the names are legacy values, no longer required; a version still never changes
			db.sql("""
					INSERT INTO plan_version (plan_id, version, content, change_key, created_at, created_by_account)
					VALUES (:plan, 4, CAST('{}' AS jsonb), 'plan.change.note', now(), :marc)""")
				.param("plan", plan)
				.param("marc", marc)
				.update();
			assertThatThrownBy(() -> db.sql("UPDATE plan_version SET change_key = 'x'").update())
				.hasMessageContaining("never changes");
		}
	}

	private static void version(JdbcClient db, UUID plan, int version, String by) {
		db.sql("""
				INSERT INTO plan_version (plan_id, version, content, change_key, created_at, created_by)
				VALUES (:plan, :version, CAST('{}' AS jsonb), 'plan.change.drafted', now(), :by)""")
			.param("plan", plan)
			.param("version", version)
			.param("by", by)
			.update();
	}

}
