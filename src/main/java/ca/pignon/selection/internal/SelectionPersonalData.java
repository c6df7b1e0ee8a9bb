package ca.pignon.selection.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.Anonymised;
import ca.pignon.dossier.DataOrigin;
import ca.pignon.dossier.DataSubject;
import ca.pignon.dossier.PersonalDataHolder;
import ca.pignon.dossier.PersonalRecord;
import ca.pignon.dossier.RecordKind;
import ca.pignon.dossier.TableRecords;

/**
 * Selection's records about a merchant, all produced by the program: their candidacy in each round with its decision,
 * their standing, the reviews of their application and their scores, their advisors over time, the mails announced
 * to them and the round's log about them.
 * <p>
 * Anonymising keeps the decisions (status, reason key, waitlist position, score and rank at decision), scores,
 * standings, who reviewed and advised them and when; it removes what staff wrote about the merchant (the decision's
 * text, conflict notes, justifications, why an assignment ended, the log's values) and the address mails went to.
 */
@Component
class SelectionPersonalData implements PersonalDataHolder {

	static final RecordKind CANDIDATE = kind("candidate", "selection_candidate");

	static final RecordKind STANDING = kind("standing", "selection_standing");

	static final RecordKind REVIEW = kind("review", "selection_review");

	static final RecordKind REVIEW_SCORE = kind("review_score", "selection_review_score");

	static final RecordKind ASSIGNMENT = kind("assignment", "selection_assignment");

	static final RecordKind NOTIFICATION = kind("notification", "selection_notification");

	static final RecordKind LOG = kind("log", "selection_log");

	/** The merchant's candidacies: by application, and by account for an application that was never submitted. */
	private static final String CANDIDATES = """
			SELECT id FROM selection_candidate
			WHERE application_id = CAST(:application AS uuid) OR account_id = :merchant""";

	private final JdbcClient jdbc;

	SelectionPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(CANDIDATE, STANDING, REVIEW, REVIEW_SCORE, ASSIGNMENT, NOTIFICATION, LOG);
	}

	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		var params = TableRecords.params(subject);
		List<PersonalRecord> records = new ArrayList<>();
		records.addAll(TableRecords.of(jdbc, CANDIDATE.id(),
				"SELECT * FROM selection_candidate WHERE id IN (" + CANDIDATES + ") ORDER BY decided_at", params));
		records.addAll(TableRecords.of(jdbc, STANDING.id(),
				"SELECT * FROM selection_standing WHERE candidate_id IN (" + CANDIDATES + ")", params));
		records.addAll(TableRecords.of(jdbc, REVIEW.id(),
				"SELECT * FROM selection_review WHERE candidate_id IN (" + CANDIDATES + ") ORDER BY assigned_at",
				params));
		records.addAll(TableRecords.of(jdbc, REVIEW_SCORE.id(), """
				SELECT s.* FROM selection_review_score s JOIN selection_review r ON r.id = s.review_id
				WHERE r.candidate_id IN (%s) ORDER BY s.review_id, s.criterion_code""".formatted(CANDIDATES), params));
		records.addAll(TableRecords.of(jdbc, ASSIGNMENT.id(),
				"SELECT * FROM selection_assignment WHERE candidate_id IN (" + CANDIDATES + ") ORDER BY started_at",
				params));
		records.addAll(TableRecords.of(jdbc, NOTIFICATION.id(),
				"SELECT * FROM selection_notification WHERE candidate_id IN (" + CANDIDATES + ") ORDER BY queued_at",
				params));
		records.addAll(TableRecords.of(jdbc, LOG.id(), """
				SELECT * FROM selection_log
				WHERE application_id = CAST(:application AS uuid) OR candidate_id IN (%s) ORDER BY seq"""
			.formatted(CANDIDATES), params));
		return records;
	}

	@Override
	public void anonymise(DataSubject subject) {
		var params = TableRecords.params(subject);
		update("""
				UPDATE selection_candidate SET reason_text = NULL, version = version + 1
				WHERE id IN (%s) AND reason_text IS NOT NULL""", subject);
		update("""
				UPDATE selection_review SET conflict_note = NULL, version = version + 1
				WHERE candidate_id IN (%s) AND conflict_note IS NOT NULL""", subject);
		jdbc.sql("""
				UPDATE selection_review_score SET justification = :text
				WHERE review_id IN (SELECT id FROM selection_review WHERE candidate_id IN (%s))"""
			.formatted(CANDIDATES)).params(params).param("text", Anonymised.TEXT).update();
		update("UPDATE selection_assignment SET end_reason = NULL WHERE candidate_id IN (%s)", subject);
		jdbc.sql("UPDATE selection_notification SET recipient = :text WHERE candidate_id IN (%s)"
			.formatted(CANDIDATES)).params(params).param("text", Anonymised.TEXT).update();
		// a mail's log line names the address it went to; staff's reasons may name the merchant
		jdbc.sql("""
				UPDATE selection_log SET before_value = NULL, after_value = NULL, reason = NULL,
				  actor_name = CASE WHEN actor_id = :merchant THEN :person ELSE actor_name END
				WHERE application_id = CAST(:application AS uuid) OR candidate_id IN (%s)"""
			.formatted(CANDIDATES)).params(params).param("person", Anonymised.PERSON).update();
	}

	private void update(String sql, DataSubject subject) {
		jdbc.sql(sql.formatted(CANDIDATES)).params(TableRecords.params(subject)).update();
	}

	private static RecordKind kind(String record, String table) {
		return RecordKind.of("selection", record, table, DataOrigin.PRODUCED);
	}

}
