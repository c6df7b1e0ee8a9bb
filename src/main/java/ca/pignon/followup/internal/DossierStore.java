package ca.pignon.followup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.followup.Dossier;
import ca.pignon.followup.Hours;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.Dates;
import ca.pignon.shared.AccountId;

/** The follow-up's dossiers: selection's assignments as this module keeps them, with the totals of their meetings. */
@Repository
public class DossierStore {

	private final JdbcClient jdbc;

	private final FollowupSettings settings;

	DossierStore(JdbcClient jdbc, FollowupSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Creates the dossier, or follows a hand-over or a return; a no-op when nothing changed (idempotent). */
	public void assign(ApplicationId application, AccountId merchant, AccountId advisor, String businessName,
			Instant assignedAt) {
		jdbc.sql("""
				INSERT INTO followup_dossier (application_id, merchant, advisor, business_name, assigned_at)
				VALUES (:application, :merchant, :advisor, :name, :at)
				ON CONFLICT (application_id) DO UPDATE
				  SET advisor = EXCLUDED.advisor, business_name = EXCLUDED.business_name,
				      assigned_at = EXCLUDED.assigned_at, active = true
				  WHERE followup_dossier.advisor <> EXCLUDED.advisor OR NOT followup_dossier.active
				     OR followup_dossier.business_name <> EXCLUDED.business_name""")
			.param("application", application.value())
			.param("merchant", merchant.value())
			.param("advisor", advisor.value())
			.param("name", businessName)
			.param("at", Timestamp.from(assignedAt))
			.update();
	}

	public void deactivate(ApplicationId application) {
		jdbc.sql("UPDATE followup_dossier SET active = false WHERE application_id = :id AND active")
			.param("id", application.value())
			.update();
	}

	/** Sets the dossier aside if it is still this advisor's (a hand-over already gave it to another). */
	public void setAside(ApplicationId application, AccountId advisor) {
		jdbc.sql("UPDATE followup_dossier SET active = false WHERE application_id = :id AND advisor = :advisor AND active")
			.param("id", application.value())
			.param("advisor", advisor.value())
			.update();
	}

	/** The advisor's active dossiers: application → business name. */
	public Map<UUID, String> activeOf(AccountId advisor) {
		Map<UUID, String> active = new HashMap<>();
		jdbc.sql("SELECT application_id, business_name FROM followup_dossier WHERE advisor = :advisor AND active")
			.param("advisor", advisor.value())
			.query((rs, n) -> active.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return active;
	}

	public Optional<Dossier> find(ApplicationId application) {
		return jdbc.sql("SELECT * FROM followup_dossier WHERE application_id = :id")
			.param("id", application.value())
			.query(this::dossier)
			.optional();
	}

	public Optional<Dossier> ofMerchant(AccountId merchant) {
		return jdbc.sql("SELECT * FROM followup_dossier WHERE merchant = :merchant ORDER BY assigned_at DESC LIMIT 1")
			.param("merchant", merchant.value())
			.query(this::dossier)
			.optional();
	}

	public Optional<ApplicationId> byCalendarToken(String token) {
		return jdbc.sql("SELECT application_id FROM followup_dossier WHERE calendar_token = :token")
			.param("token", token)
			.query((rs, n) -> new ApplicationId(rs.getObject(1, UUID.class)))
			.optional();
	}

	public void setCalendarToken(ApplicationId application, @Nullable String token) {
		jdbc.sql("UPDATE followup_dossier SET calendar_token = :token WHERE application_id = :id")
			.param("token", token)
			.param("id", application.value())
			.update();
	}

	/** Recomputes the dossier's totals from its meetings, in the caller's transaction. */
	public int refreshTotals(ApplicationId application) {
		jdbc.sql("""
				UPDATE followup_dossier d SET
				  minutes_used = (SELECT coalesce(sum(duration_minutes), 0) FROM followup_meeting m
				                  WHERE m.application_id = d.application_id AND m.status = 'HELD'),
				  last_held_on = (SELECT max(held_on) FROM followup_meeting m
				                  WHERE m.application_id = d.application_id AND m.status = 'HELD'),
				  first_planned_at = (SELECT min(starts_at) FROM followup_meeting m
				                      WHERE m.application_id = d.application_id AND m.status = 'PLANNED'),
				  version = version + 1
				WHERE application_id = :id""")
			.param("id", application.value())
			.update();
		return jdbc.sql("SELECT minutes_used FROM followup_dossier WHERE application_id = :id")
			.param("id", application.value())
			.query(Integer.class)
			.single();
	}

	public void close(ApplicationId application, @Nullable Instant at, @Nullable String by) {
		jdbc.sql("""
				UPDATE followup_dossier SET closed_at = :at, closed_by = :by, version = version + 1
				WHERE application_id = :id""")
			.param("at", at == null ? null : Timestamp.from(at))
			.param("by", by)
			.param("id", application.value())
			.update();
	}

	/** Advisors with at least one active, open dossier. */
	public List<AccountId> advisorsWithCaseload() {
		return jdbc.sql("SELECT DISTINCT advisor FROM followup_dossier WHERE active AND closed_at IS NULL")
			.query((rs, n) -> new AccountId(rs.getObject(1, UUID.class)))
			.list();
	}

	private Dossier dossier(ResultSet rs, int row) throws SQLException {
		Instant assignedAt = rs.getTimestamp("assigned_at").toInstant();
		LocalDate lastHeld = rs.getObject("last_held_on", LocalDate.class);
		Timestamp closedAt = rs.getTimestamp("closed_at");
		return new Dossier(new ApplicationId(rs.getObject("application_id", UUID.class)),
				new AccountId(rs.getObject("merchant", UUID.class)), new AccountId(rs.getObject("advisor", UUID.class)),
				rs.getString("business_name"), assignedAt, rs.getBoolean("active"),
				new Hours(settings.budgetMinutes(), rs.getInt("minutes_used")),
				lastHeld != null ? lastHeld : assignedAt.atZone(Dates.PROGRAM_ZONE).toLocalDate(),
				rs.getString("calendar_token"), closedAt == null ? null : closedAt.toInstant(),
				rs.getString("closed_by"), rs.getLong("version"));
	}

}
