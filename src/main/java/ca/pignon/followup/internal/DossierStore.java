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
import ca.pignon.platform.People;
import ca.pignon.shared.Actor;
import ca.pignon.shared.AccountId;

/**
 * The follow-up's own part of each accompaniment: the totals of its meetings, its calendar secret, its closing. Who
 * the merchant is and who accompanies them are the dossier's facts, read from the dossier module; a row here is made
 * the first time the follow-up writes something about the merchant.
 */
@Repository
public class DossierStore {

	private final JdbcClient jdbc;

	private final FollowupSettings settings;

	private final People people;

	DossierStore(JdbcClient jdbc, FollowupSettings settings, People people) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.people = people;
	}

	/** The follow-up's row of this accompaniment, made if missing (idempotent). */
	public void ensure(ApplicationId application) {
		jdbc.sql("INSERT INTO followup_dossier (application_id) VALUES (:id) ON CONFLICT DO NOTHING")
			.param("id", application.value())
			.update();
	}

	/**
	 * The accompaniment as the follow-up sees it: the dossier's facts with the follow-up's own row (a merchant whose
	 * follow-up has written nothing yet has none: no hours used, contact dated from the assignment).
	 */
	public Dossier of(ca.pignon.dossier.Dossier dossier) {
		Instant assignedAt = dossier.assignedAt();
		return jdbc.sql("SELECT * FROM followup_dossier WHERE application_id = :id")
			.param("id", dossier.applicationId().value())
			.query((rs, n) -> dossier(dossier, rs))
			.optional()
			.orElseGet(() -> new Dossier(dossier.applicationId(), dossier.merchant(), dossier.advisor(),
					dossier.businessName(), assignedAt, dossier.advisor() != null,
					new Hours(settings.budgetMinutes(), 0), lastContact(null, assignedAt), null, null, null, 0));
	}

	/** Whether the follow-up wrote anything about this merchant (a withdrawn merchant's meetings stay readable). */
	public boolean exists(ApplicationId application) {
		return jdbc.sql("SELECT count(*) FROM followup_dossier WHERE application_id = :id")
			.param("id", application.value())
			.query(Integer.class)
			.single() > 0;
	}

	public Optional<ApplicationId> byCalendarToken(String token) {
		return jdbc.sql("SELECT application_id FROM followup_dossier WHERE calendar_token = :token")
			.param("token", token)
			.query((rs, n) -> new ApplicationId(rs.getObject(1, UUID.class)))
			.optional();
	}

	public void setCalendarToken(ApplicationId application, @Nullable String token) {
		ensure(application);
		jdbc.sql("UPDATE followup_dossier SET calendar_token = :token WHERE application_id = :id")
			.param("token", token)
			.param("id", application.value())
			.update();
	}

	/** Recomputes the dossier's totals from its meetings, in the caller's transaction. */
	public int refreshTotals(ApplicationId application) {
		ensure(application);
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

	public void close(ApplicationId application, @Nullable Instant at, @Nullable Actor by) {
		ensure(application);
		jdbc.sql("""
				UPDATE followup_dossier SET closed_at = :at, closed_by_account = :by, closed_by = NULL,
				  version = version + 1
				WHERE application_id = :id""")
			.param("at", at == null ? null : Timestamp.from(at))
			.param("by", by == null || by.accountId() == null ? null : by.accountId().value())
			.param("id", application.value())
			.update();
	}

	private Dossier dossier(ca.pignon.dossier.Dossier dossier, ResultSet rs) throws SQLException {
		Timestamp closedAt = rs.getTimestamp("closed_at");
		return new Dossier(dossier.applicationId(), dossier.merchant(), dossier.advisor(), dossier.businessName(),
				dossier.assignedAt(), dossier.advisor() != null,
				new Hours(settings.budgetMinutes(), rs.getInt("minutes_used")),
				lastContact(rs.getObject("last_held_on", LocalDate.class), dossier.assignedAt()),
				rs.getString("calendar_token"), closedAt == null ? null : closedAt.toInstant(),
				closedBy(closedAt, rs.getObject("closed_by_account", UUID.class), rs.getString("closed_by")),
				rs.getLong("version"));
	}

	/** Who closed it, looked up now; a legacy name from before accounts were kept. */
	private @Nullable String closedBy(@Nullable Timestamp closedAt, @Nullable UUID account, @Nullable String legacy) {
		if (closedAt == null) {
			return null;
		}
		return account != null ? people.nameOf(new AccountId(account)) : legacy != null ? legacy : people.nameOf(
				(AccountId) null);
	}

	private static LocalDate lastContact(@Nullable LocalDate lastHeld, @Nullable Instant assignedAt) {
		if (lastHeld != null) {
			return lastHeld;
		}
		return (assignedAt == null ? Instant.EPOCH : assignedAt).atZone(Dates.PROGRAM_ZONE).toLocalDate();
	}

}
