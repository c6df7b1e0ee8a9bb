package ca.pignon.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/** The pillars' table, {@code content_pillar}. */
@Repository
class PillarRows {

	private final JdbcClient jdbc;

	PillarRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Pillar> of(ApplicationId application) {
		return jdbc.sql("""
				SELECT position, kind, name, kept, because FROM content_pillar WHERE application_id = :application
				ORDER BY position""")
			.param("application", application.value())
			.query((rs, n) -> new Pillar(rs.getInt("position"), PillarKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getBoolean("kept"), rs.getString("because")))
			.list();
	}

	void replace(ApplicationId application, List<Pillar> pillars, AccountId by, Instant now) {
		jdbc.sql("DELETE FROM content_pillar WHERE application_id = :application")
			.param("application", application.value())
			.update();
		for (Pillar pillar : pillars) {
			jdbc.sql("""
					INSERT INTO content_pillar (application_id, position, kind, name, kept, because, decided_at,
					  decided_by)
					VALUES (:application, :position, :kind, :name, :kept, :because, :now, :by)""")
				.param("application", application.value())
				.param("position", pillar.position())
				.param("kind", pillar.kind().name())
				.param("name", pillar.name())
				.param("kept", pillar.kept())
				.param("because", pillar.because())
				.param("now", Timestamp.from(now))
				.param("by", by.value())
				.update();
		}
	}

}
