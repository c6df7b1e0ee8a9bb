package ca.pignon.diagnostic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionType;
import ca.pignon.dossier.Anonymised;
import ca.pignon.dossier.DataOrigin;
import ca.pignon.dossier.DataSubject;
import ca.pignon.dossier.PersonalDataHolder;
import ca.pignon.dossier.PersonalRecord;
import ca.pignon.dossier.RecordKind;
import ca.pignon.dossier.TableRecords;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;

/**
 * The diagnostics of a merchant: each diagnostic and the scores it fixed (produced), the answers given (collected
 * from the merchant, even when an advisor typed them during an interview) and the advisor's notes (produced).
 * <p>
 * Anonymising keeps every score, answer to a choice, scale or number (the peer comparison and the before/after
 * read them), dates and statuses; it removes the answers to free-text questions, empties the advisor's notes, and puts
 * {@link Anonymised#PERSON} where the merchant's own name says who answered or started a diagnostic.
 */
@Component
class DiagnosticPersonalData implements PersonalDataHolder {

	static final RecordKind ASSESSMENT = RecordKind.of("diagnostic", "assessment", "diagnostic_assessment",
			DataOrigin.PRODUCED);

	static final RecordKind ANSWER = RecordKind.of("diagnostic", "answer", "diagnostic_answer", DataOrigin.COLLECTED);

	static final RecordKind NOTE = RecordKind.of("diagnostic", "note", "diagnostic_note", DataOrigin.PRODUCED);

	static final RecordKind SCORE = RecordKind.of("diagnostic", "score", "diagnostic_score", DataOrigin.PRODUCED);

	private static final String DIAGNOSTICS = """
			SELECT id FROM diagnostic_assessment
			WHERE application_id = CAST(:application AS uuid) OR merchant_account = :merchant""";

	private final JdbcClient jdbc;

	private final BankCatalogue banks;

	private final AccountManagement accounts;

	DiagnosticPersonalData(JdbcClient jdbc, BankCatalogue banks, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.banks = banks;
		this.accounts = accounts;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(ASSESSMENT, ANSWER, NOTE, SCORE);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>(TableRecords.of(jdbc, ASSESSMENT.id(),
				"SELECT * FROM diagnostic_assessment WHERE id IN (" + DIAGNOSTICS + ") ORDER BY started_at", params));
		records.addAll(TableRecords.of(jdbc, ANSWER.id(), """
				SELECT * FROM diagnostic_answer WHERE diagnostic_id IN (%s)
				ORDER BY diagnostic_id, question_id""".formatted(DIAGNOSTICS), params));
		records.addAll(TableRecords.of(jdbc, NOTE.id(), """
				SELECT * FROM diagnostic_note WHERE diagnostic_id IN (%s)
				ORDER BY diagnostic_id, dimension_id""".formatted(DIAGNOSTICS), params));
		records.addAll(TableRecords.of(jdbc, SCORE.id(), """
				SELECT * FROM diagnostic_score WHERE diagnostic_id IN (%s)
				ORDER BY diagnostic_id, dimension_id""".formatted(DIAGNOSTICS), params));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		var params = TableRecords.params(subject);
		// "who" is an account id, which platform anonymises with the account; older rows may keep a legacy display name:
		// the merchant's is their account's (read before platform anonymises it)
		String merchantName = accounts.find(subject.merchant()).map(AccountSummary::displayName).orElse("");
		jdbc.sql("""
				UPDATE diagnostic_assessment SET
				  started_by = CASE WHEN started_by = :name THEN :person ELSE started_by END,
				  completed_by = CASE WHEN completed_by = :name THEN :person ELSE completed_by END,
				  opened_early_reason = CASE WHEN opened_early_reason IS NULL THEN NULL ELSE :text END
				WHERE id IN (%s)""".formatted(DIAGNOSTICS))
			.params(params)
			.param("name", merchantName)
			.param("person", Anonymised.PERSON)
			.param("text", Anonymised.TEXT)
			.update();
		jdbc.sql("""
				UPDATE diagnostic_answer SET answered_by = :person
				WHERE diagnostic_id IN (%s) AND answered_by IS NOT NULL
				  AND (NOT by_staff OR answered_by = :name)""".formatted(DIAGNOSTICS))
			.params(params)
			.param("name", merchantName)
			.param("person", Anonymised.PERSON)
			.update();
		jdbc.sql("UPDATE diagnostic_note SET note = :text WHERE diagnostic_id IN (" + DIAGNOSTICS + ")")
			.params(params)
			.param("text", Anonymised.TEXT)
			.update();
		emptyFreeTextAnswers(params);
	}

	/**
	 * Free text is whatever the merchant wrote: the question bank of each diagnostic says which answers are. They are
	 * removed as the questionnaire removes an answer emptied (no row), never scored, so no score changes.
	 */
	private void emptyFreeTextAnswers(java.util.Map<String, ?> params) {
		record Diagnostic(UUID id, int bankVersion) {
		}
		List<Diagnostic> diagnostics = jdbc
			.sql("SELECT id, bank_version FROM diagnostic_assessment WHERE id IN (" + DIAGNOSTICS + ")")
			.params(params)
			.query((rs, n) -> new Diagnostic(rs.getObject("id", UUID.class), rs.getInt("bank_version")))
			.list();
		for (Diagnostic diagnostic : diagnostics) {
			List<String> freeText = banks.version(diagnostic.bankVersion())
				.questions()
				.stream()
				.filter(question -> question.type() == QuestionType.TEXT)
				.map(Question::id)
				.toList();
			if (!freeText.isEmpty()) {
				jdbc.sql("""
						DELETE FROM diagnostic_answer
						WHERE diagnostic_id = :id AND question_id IN (:questions)""")
					.param("id", diagnostic.id())
					.param("questions", freeText)
					.update();
			}
		}
	}

}
