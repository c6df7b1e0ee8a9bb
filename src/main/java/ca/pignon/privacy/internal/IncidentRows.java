package ca.pignon.privacy.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

import ca.pignon.privacy.IncidentDetails;

/** The register of confidentiality incidents' table. */
@Component
public class IncidentRows {

	/** One incident as kept. */
	public record Row(UUID id, IncidentDetails details, UUID recordedBy, Instant recordedAt, UUID updatedBy,
			Instant updatedAt, long version) {
	}

	private static final String COLUMNS = """
			information = :information, circumstances = :circumstances, occurred_from = :from, occurred_to = :to,
			discovered_on = :discovered, people_count = :people, count_approximate = :approximate,
			risk_assessment = :risk, serious_risk = :serious, commission_notified_on = :commission,
			people_notified_on = :notified, measures = :measures, advice = :advice""";

	private final JdbcClient jdbc;

	IncidentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, IncidentDetails details, UUID by, Instant at) {
		details(jdbc.sql("""
				INSERT INTO privacy_incident (id, information, circumstances, occurred_from, occurred_to, discovered_on,
				  people_count, count_approximate, risk_assessment, serious_risk, commission_notified_on,
				  people_notified_on, measures, advice, recorded_by, recorded_at, updated_by, updated_at)
				VALUES (:id, :information, :circumstances, :from, :to, :discovered, :people, :approximate, :risk,
				  :serious, :commission, :notified, :measures, :advice, :by, :at, :by, :at)"""), details)
			.param("id", id)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Changes the incident if it is still at this version: whether it was. */
	public boolean update(UUID id, IncidentDetails details, long version, UUID by, Instant at) {
		return details(jdbc.sql("UPDATE privacy_incident SET " + COLUMNS + """
				, updated_by = :by, updated_at = :at, version = version + 1
				WHERE id = :id AND version = :version"""), details)
			.param("id", id)
			.param("version", version)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	public Optional<Row> find(UUID id) {
		return jdbc.sql("SELECT * FROM privacy_incident WHERE id = :id").param("id", id).query(IncidentRows::row)
			.optional();
	}

	/** Every incident, the latest discovered first. */
	public List<Row> all() {
		return jdbc.sql("SELECT * FROM privacy_incident ORDER BY discovered_on DESC, recorded_at DESC")
			.query(IncidentRows::row)
			.list();
	}

	private static StatementSpec details(StatementSpec statement, IncidentDetails details) {
		return statement.param("information", details.information())
			.param("circumstances", details.circumstances())
			.param("from", Date.valueOf(details.occurredFrom()))
			.param("to", date(details.occurredTo()))
			.param("discovered", Date.valueOf(details.discoveredOn()))
			.param("people", details.peopleCount())
			.param("approximate", details.countApproximate())
			.param("risk", details.riskAssessment())
			.param("serious", details.seriousRisk())
			.param("commission", date(details.commissionNotifiedOn()))
			.param("notified", date(details.peopleNotifiedOn()))
			.param("measures", details.measures())
			.param("advice", details.advice());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), new IncidentDetails(rs.getString("information"),
				rs.getString("circumstances"), rs.getDate("occurred_from").toLocalDate(), day(rs, "occurred_to"),
				rs.getDate("discovered_on").toLocalDate(), rs.getInt("people_count"), rs.getBoolean("count_approximate"),
				rs.getString("risk_assessment"), rs.getBoolean("serious_risk"), day(rs, "commission_notified_on"),
				day(rs, "people_notified_on"), rs.getString("measures"), rs.getString("advice")),
				rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant(),
				rs.getObject("updated_by", UUID.class), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
