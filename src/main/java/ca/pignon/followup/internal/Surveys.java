package ca.pignon.followup.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.followup.SurveyAnswers;
import ca.pignon.shared.ApplicationId;

/** The merchants' satisfaction surveys: one per dossier, kept as answered. */
@Repository
public class Surveys {

	private final JdbcClient jdbc;

	Surveys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return false when the dossier's survey was already answered (nothing changes) */
	public boolean save(ApplicationId application, SurveyAnswers answers, Instant now) {
		return jdbc.sql("""
				INSERT INTO followup_survey (application_id, helpfulness, advisor, recommend, comment, answered_at)
				VALUES (:id, :helpfulness, :advisor, :recommend, :comment, :at) ON CONFLICT DO NOTHING""")
			.param("id", application.value())
			.param("helpfulness", answers.helpfulness())
			.param("advisor", answers.advisor())
			.param("recommend", answers.recommend())
			.param("comment", answers.comment())
			.param("at", Timestamp.from(now))
			.update() == 1;
	}

	public Optional<SurveyAnswers> of(ApplicationId application) {
		return jdbc.sql("SELECT helpfulness, advisor, recommend, comment FROM followup_survey WHERE application_id = :id")
			.param("id", application.value())
			.query((rs, n) -> new SurveyAnswers(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4)))
			.optional();
	}

}
