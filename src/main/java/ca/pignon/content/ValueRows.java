package ca.pignon.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/** The value work's tables: {@code content_value_draft} and {@code content_value_version}. */
@Repository
class ValueRows {

	record Draft(ValueSheet sheet, Instant savedAt) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ValueRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Draft> draft(ApplicationId application) {
		return jdbc.sql("SELECT sheet, saved_at FROM content_value_draft WHERE application_id = :application")
			.param("application", application.value())
			.query((rs, n) -> new Draft(read(rs.getString("sheet")), rs.getTimestamp("saved_at").toInstant()))
			.optional();
	}

	/** Locks the draft's row while a version is kept, so that two people keeping at once get distinct numbers. */
	Optional<Draft> lockDraft(ApplicationId application) {
		return jdbc
			.sql("SELECT sheet, saved_at FROM content_value_draft WHERE application_id = :application FOR UPDATE")
			.param("application", application.value())
			.query((rs, n) -> new Draft(read(rs.getString("sheet")), rs.getTimestamp("saved_at").toInstant()))
			.optional();
	}

	void save(ApplicationId application, ValueSheet sheet, AccountId by, Instant now) {
		jdbc.sql("""
				INSERT INTO content_value_draft (application_id, sheet, saved_at, saved_by)
				VALUES (:application, :sheet, :now, :by)
				ON CONFLICT (application_id) DO UPDATE SET sheet = EXCLUDED.sheet, saved_at = EXCLUDED.saved_at,
				  saved_by = EXCLUDED.saved_by, revision = content_value_draft.revision + 1""")
			.param("application", application.value())
			.param("sheet", write(sheet))
			.param("now", Timestamp.from(now))
			.param("by", by.value())
			.update();
	}

	int keep(ApplicationId application, ValueSheet sheet, AccountId by, Instant now) {
		int next = jdbc
			.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM content_value_version WHERE application_id = :application")
			.param("application", application.value())
			.query(Integer.class)
			.single();
		jdbc.sql("""
				INSERT INTO content_value_version (application_id, version, sheet, kept_at, kept_by)
				VALUES (:application, :version, :sheet, :now, :by)""")
			.param("application", application.value())
			.param("version", next)
			.param("sheet", write(sheet))
			.param("now", Timestamp.from(now))
			.param("by", by.value())
			.update();
		return next;
	}

	List<ValueVersion> versions(ApplicationId application) {
		return jdbc.sql("""
				SELECT version, kept_at, kept_by FROM content_value_version WHERE application_id = :application
				ORDER BY version DESC""")
			.param("application", application.value())
			.query((rs, n) -> new ValueVersion(rs.getInt("version"), rs.getTimestamp("kept_at").toInstant(),
					new AccountId(rs.getObject("kept_by", java.util.UUID.class))))
			.list();
	}

	Optional<ValueSheet> version(ApplicationId application, int version) {
		return jdbc.sql("""
				SELECT sheet FROM content_value_version WHERE application_id = :application AND version = :version""")
			.param("application", application.value())
			.param("version", version)
			.query((rs, n) -> read(rs.getString("sheet")))
			.optional();
	}

	static String write(ValueSheet sheet) {
		return JSON.writeValueAsString(sheet);
	}

	static ValueSheet read(String json) {
		return JSON.readValue(json, ValueSheet.class);
	}

}
