package ca.pignon.diagnostic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.platform.SqlArrays;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The diagnostics' tables: diagnostics, answers, notes and the scores fixed at completion. */
@Component
public class Diagnostics {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Diagnostics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(DiagnosticRow row) {
		jdbc.sql("""
				INSERT INTO diagnostic_assessment (id, application_id, merchant_account, kind, bank_version,
				  formula_version, status, version, started_at, started_by_account)
				VALUES (:id, :application, :merchant, :kind, :bank, :formula, :status, :version, :at, :by)""")
			.param("id", row.id())
			.param("application", row.applicationId())
			.param("merchant", row.merchantAccount())
			.param("kind", row.kind())
			.param("bank", row.bankVersion())
			.param("formula", row.formulaVersion())
			.param("status", row.status())
			.param("version", row.version())
			.param("at", Timestamp.from(row.startedAt()))
			.param("by", row.startedBy().account())
			.update();
	}

	/** A manager opened this diagnostic before its time: why, and who. */
	public void openedEarly(UUID id, String reason, ca.pignon.shared.AccountId by) {
		jdbc.sql("UPDATE diagnostic_assessment SET opened_early_reason = :reason, opened_early_by = :by WHERE id = :id")
			.param("reason", reason)
			.param("by", by.value())
			.param("id", id)
			.update();
	}

	/** Why a manager opened this diagnostic before its time, if one did. */
	public Optional<String> openedEarlyReason(UUID id) {
		return jdbc.sql("SELECT opened_early_reason FROM diagnostic_assessment WHERE id = :id AND opened_early_reason IS NOT NULL")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	public Optional<DiagnosticRow> find(UUID id) {
		return jdbc.sql("SELECT * FROM diagnostic_assessment WHERE id = :id").param("id", id).query(Diagnostics::row).optional();
	}

	/** The row, locked until the transaction ends: saves of one diagnostic happen one after the other. */
	public Optional<DiagnosticRow> lock(UUID id) {
		return jdbc.sql("SELECT * FROM diagnostic_assessment WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(Diagnostics::row)
			.optional();
	}

	public List<DiagnosticRow> ofApplication(UUID application) {
		return jdbc.sql("SELECT * FROM diagnostic_assessment WHERE application_id = :application ORDER BY kind")
			.param("application", application)
			.query(Diagnostics::row)
			.list();
	}

	public long nextVersion(UUID id) {
		return jdbc.sql("UPDATE diagnostic_assessment SET version = version + 1 WHERE id = :id RETURNING version")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	public Map<String, StoredAnswer> answers(UUID id) {
		Map<String, StoredAnswer> answers = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM diagnostic_answer WHERE diagnostic_id = :id ORDER BY question_id")
			.param("id", id)
			.query((rs, n) -> new StoredAnswer(rs.getString("question_id"),
					json.readValue(rs.getString("answer_values"), STRINGS), rs.getLong("revision"),
					author(rs, "answered_by"), rs.getBoolean("by_staff"), rs.getTimestamp("answered_at").toInstant()))
			.list()
			.forEach(answer -> answers.put(answer.questionId(), answer));
		return answers;
	}

	public void saveAnswer(UUID id, String questionId, List<String> values, long revision, Author by, boolean staff,
			Instant at) {
		if (values.isEmpty()) {
			jdbc.sql("DELETE FROM diagnostic_answer WHERE diagnostic_id = :id AND question_id = :question")
				.param("id", id)
				.param("question", questionId)
				.update();
			return;
		}
		jdbc.sql("""
				INSERT INTO diagnostic_answer (diagnostic_id, question_id, answer_values, revision, answered_by_account,
				  by_staff, answered_at)
				VALUES (:id, :question, :values, :revision, :by, :staff, :at)
				ON CONFLICT (diagnostic_id, question_id) DO UPDATE SET answer_values = excluded.answer_values,
				  revision = excluded.revision, answered_by_account = excluded.answered_by_account, answered_by = NULL, by_staff = excluded.by_staff,
				  answered_at = excluded.answered_at""")
			.param("id", id)
			.param("question", questionId)
			.param("values", json.writeValueAsString(values))
			.param("revision", revision)
			.param("by", by.account())
			.param("staff", staff)
			.param("at", Timestamp.from(at))
			.update();
	}

	public Map<String, StoredNote> notes(UUID id) {
		Map<String, StoredNote> notes = new HashMap<>();
		jdbc.sql("SELECT * FROM diagnostic_note WHERE diagnostic_id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredNote(rs.getString("dimension_id"), rs.getString("note"),
					rs.getLong("revision"), author(rs, "written_by"), rs.getTimestamp("written_at").toInstant()))
			.list()
			.forEach(note -> notes.put(note.dimensionId(), note));
		return notes;
	}

	public void saveNote(UUID id, String dimensionId, String note, long revision, Author by, Instant at) {
		if (note.isBlank()) {
			jdbc.sql("DELETE FROM diagnostic_note WHERE diagnostic_id = :id AND dimension_id = :dimension")
				.param("id", id)
				.param("dimension", dimensionId)
				.update();
			return;
		}
		jdbc.sql("""
				INSERT INTO diagnostic_note (diagnostic_id, dimension_id, note, revision, written_by_account, written_at)
				VALUES (:id, :dimension, :note, :revision, :by, :at)
				ON CONFLICT (diagnostic_id, dimension_id) DO UPDATE SET note = excluded.note,
				  revision = excluded.revision, written_by_account = excluded.written_by_account, written_by = NULL, written_at = excluded.written_at""")
			.param("id", id)
			.param("dimension", dimensionId)
			.param("note", note)
			.param("revision", revision)
			.param("by", by.account())
			.param("at", Timestamp.from(at))
			.update();
	}

	public void complete(UUID id, Instant at, Author by, int overall, Map<String, Integer> scores) {
		jdbc.sql("""
				UPDATE diagnostic_assessment SET status = 'COMPLETED', completed_at = :at, completed_by_account = :by, overall = :overall,
				  version = version + 1
				WHERE id = :id""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("by", by.account())
			.param("overall", overall)
			.update();
		scores.forEach((dimension, score) -> jdbc
			.sql("INSERT INTO diagnostic_score (diagnostic_id, dimension_id, score) VALUES (:id, :dimension, :score)")
			.param("id", id)
			.param("dimension", dimension)
			.param("score", score)
			.update());
	}

	public Map<String, Integer> scores(UUID id) {
		Map<String, Integer> scores = new HashMap<>();
		jdbc.sql("SELECT dimension_id, score FROM diagnostic_score WHERE diagnostic_id = :id AND score IS NOT NULL")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(entry -> scores.put(entry.getKey(), entry.getValue()));
		return scores;
	}

	/**
	 * The scores of the completed diagnostics of the same kind and formula of these merchants (the dossier says who
	 * shares a sector or an area), but one: one map per merchant, never with who they are.
	 */
	public List<Map<String, Integer>> peerScores(List<UUID> applications, String kind, int formulaVersion,
			UUID excludedApplication) {
		Map<UUID, Map<String, Integer>> byDiagnostic = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT d.id, s.dimension_id, s.score FROM diagnostic_assessment d
				  LEFT JOIN diagnostic_score s ON s.diagnostic_id = d.id AND s.score IS NOT NULL
				WHERE d.status = 'COMPLETED' AND d.kind = :kind AND d.formula_version = :formula
				  AND d.application_id <> :excluded
				  AND d.application_id IN (SELECT unnest(CAST(:applications AS uuid[])))""")
			.param("kind", kind)
			.param("formula", formulaVersion)
			.param("excluded", excludedApplication)
			.param("applications", SqlArrays.uuids(applications))
			.query((ResultSet rs) -> {
				UUID id = rs.getObject(1, UUID.class);
				Map<String, Integer> scores = byDiagnostic.computeIfAbsent(id, key -> new HashMap<>());
				if (rs.getString(2) != null) {
					scores.put(rs.getString(2), rs.getInt(3));
				}
			});
		return new ArrayList<>(byDiagnostic.values());
	}

	private static DiagnosticRow row(ResultSet rs, int n) throws SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		int overall = rs.getInt("overall");
		Integer overallOrNull = rs.wasNull() ? null : overall;
		return new DiagnosticRow(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getObject("merchant_account", UUID.class), rs.getString("kind"),
				rs.getInt("bank_version"), rs.getInt("formula_version"), rs.getString("status"), rs.getLong("version"),
				rs.getTimestamp("started_at").toInstant(), author(rs, "started_by"),
				completed == null ? null : completed.toInstant(),
				completed == null ? null : author(rs, "completed_by"), overallOrNull);
	}

	/** The account in {@code column_account}, else the legacy name in {@code column}. */
	private static Author author(ResultSet rs, String column) throws SQLException {
		return new Author(rs.getObject(column + "_account", UUID.class), rs.getString(column));
	}

}
