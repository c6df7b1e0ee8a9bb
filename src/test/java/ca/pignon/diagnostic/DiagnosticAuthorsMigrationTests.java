package ca.pignon.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.support.ScratchDatabase;

/**
 * The diagnostic's authors become account ids, on a database of its own holding what the diagnostic's tables held
 * before: a name that exactly one account has becomes that account (and is no longer kept); a name two accounts
 * share, or none, stays a name only.
 */
@DiagnosticSpringTest
class DiagnosticAuthorsMigrationTests {

	static final String ACCOUNT_IDS = "20261207.1700";

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNameOneAccountHasBecomesThatAccountAndOtherNamesStayAsWritten() {
		try (var scratch = new ScratchDatabase(environment, jdbc, "diagnostic_authors").migratedBefore(ACCOUNT_IDS)) {
			JdbcClient db = scratch.db;
			// given accounts (two share a name) and a diagnostic written with display names
			UUID marc = scratch.account("marc@example.org", "Marc Tremblay");
			scratch.account("anne1@example.org", "Anne Tremblay");
			scratch.account("anne2@example.org", "Anne Tremblay");
			UUID merchant = scratch.account("rosalie@example.org", "Rosalie Gingras");
			UUID diagnostic = UUID.randomUUID();
			db.sql("""
					INSERT INTO diagnostic_assessment (id, application_id, merchant_account, kind, bank_version,
					  formula_version, status, version, started_at, started_by, completed_at, completed_by, overall)
					VALUES (:id, :application, :merchant, 'T0', 1, 1, 'COMPLETED', 4, now(), 'Marc Tremblay', now(),
					  'Anne Tremblay', 50)""")
				.param("id", diagnostic)
				.param("application", UUID.randomUUID())
				.param("merchant", merchant)
				.update();
			answer(db, diagnostic, "q1", "Rosalie Gingras", false);
			answer(db, diagnostic, "q2", "Conseillère partie", true);
			db.sql("""
					INSERT INTO diagnostic_note (diagnostic_id, dimension_id, note, revision, written_by, written_at)
					VALUES (:id, 'goals', 'À revoir', 2, 'Marc Tremblay', now())""")
				.param("id", diagnostic)
				.update();

			// when
			scratch.migrateToTheEnd();

			// then
			assertThat(db.sql("""
					SELECT coalesce(CAST(started_by_account AS text), '-') || ' ' || coalesce(started_by, '-') || ' '
					  || coalesce(CAST(completed_by_account AS text), '-') || ' ' || coalesce(completed_by, '-')
					FROM diagnostic_assessment""").query(String.class).single())
				.isEqualTo(marc + " - - Anne Tremblay");
			assertThat(db.sql("""
					SELECT question_id || ' ' || coalesce(CAST(answered_by_account AS text), '-') || ' '
					  || coalesce(answered_by, '-')
					FROM diagnostic_answer ORDER BY question_id""").query(String.class).list())
				.containsExactly("q1 " + merchant + " -", "q2 - Conseillère partie");
			assertThat(db.sql("SELECT written_by_account FROM diagnostic_note").query(UUID.class).single())
				.isEqualTo(marc);
			// from now on an answer is written with an account only
			db.sql("""
					INSERT INTO diagnostic_answer (diagnostic_id, question_id, answer_values, revision,
					  answered_by_account, by_staff, answered_at)
					VALUES (:id, 'q3', '["x"]', 5, :marc, true, now())""")
				.param("id", diagnostic)
				.param("marc", marc)
				.update();
		}
	}

	private static void answer(JdbcClient db, UUID diagnostic, String question, String by, boolean staff) {
		db.sql("""
				INSERT INTO diagnostic_answer (diagnostic_id, question_id, answer_values, revision, answered_by,
				  by_staff, answered_at)
				VALUES (:id, :question, '["x"]', 1, :by, :staff, now())""")
			.param("id", diagnostic)
			.param("question", question)
			.param("by", by)
			.param("staff", staff)
			.update();
	}

}
