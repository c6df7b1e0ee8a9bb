package ca.pignon.followup.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.followup.CaseloadFlags;
import ca.pignon.followup.CaseloadPage;
import ca.pignon.followup.CaseloadRow;
import ca.pignon.followup.Hours;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.Dates;
import ca.pignon.shared.AccountId;

/**
 * The dashboard's caseload over the follow-up's own tables: the flags and the order come from the dossier's own columns
 * (kept with every write of its meetings and plan actions), so that sorting thousands costs no count; only the page's
 * rows then count their missed meetings and overdue actions. Most urgent first:
 * at risk, then with overdue actions, then with a missed meeting, then the longest without contact.
 */
@Repository
public class Caseloads {

	// the flags as SQL on the dossier's own columns (no row counted before the page is cut), with :today, :now and
	// :month bound; they mirror CaseloadRow's rules
	private static final String FLAGGED = """
			SELECT *, :today - last_contact AS days,
			  (NOT closed AND (:today - last_contact >= %d OR missed OR overdue)) AS at_risk
			FROM (SELECT d.application_id, d.business_name, d.advisor, d.minutes_used, d.closed_at IS NOT NULL AS closed,
			        coalesce(d.last_held_on, (d.assigned_at AT TIME ZONE 'America/Toronto')::date) AS last_contact,
			        coalesce(d.first_planned_at < :now, false) AS missed,
			        coalesce(d.first_open_due < :month, false) AS overdue
			      FROM followup_dossier d
			      WHERE d.active AND (CAST(:advisor AS uuid) IS NULL OR d.advisor = CAST(:advisor AS uuid))) r"""
		.formatted(CaseloadFlags.NO_CONTACT_RISK_DAYS);

	// the page's rows only: their counts and next meeting
	private static final String PAGE = """
			SELECT p.*,
			  (SELECT min(m.starts_at) FROM followup_meeting m WHERE m.application_id = p.application_id
			     AND m.status = 'PLANNED' AND m.starts_at >= :now) AS next_planned_at,
			  (SELECT count(*) FROM followup_meeting m WHERE m.application_id = p.application_id
			     AND m.status = 'PLANNED' AND m.starts_at < :now) AS missed_count,
			  (SELECT count(*) FROM followup_plan_action a WHERE a.application_id = p.application_id
			     AND NOT a.done AND a.due_month < :month) AS overdue_count
			FROM (%s ORDER BY closed, at_risk DESC, overdue DESC, missed DESC, last_contact, business_name, application_id
			      LIMIT :size OFFSET :offset) p
			ORDER BY closed, at_risk DESC, overdue DESC, missed DESC, last_contact, business_name, application_id"""
		.formatted(FLAGGED);

	private final JdbcClient jdbc;

	private final FollowupSettings settings;

	Caseloads(JdbcClient jdbc, FollowupSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** @param advisor null for the whole program */
	public CaseloadPage page(@Nullable AccountId advisor, Instant now, int page, int size) {
		LocalDate today = now.atZone(Dates.PROGRAM_ZONE).toLocalDate();
		List<CaseloadRow> rows = jdbc.sql(PAGE)
			.params(binds(advisor, now, today))
			.param("size", size)
			.param("offset", page * size)
			.query((rs, n) -> {
				Timestamp next = rs.getTimestamp("next_planned_at");
				return new CaseloadRow(new ApplicationId(rs.getObject("application_id", UUID.class)),
						rs.getString("business_name"), new AccountId(rs.getObject("advisor", UUID.class)),
						rs.getObject("last_contact", LocalDate.class), rs.getInt("days"),
						new Hours(settings.budgetMinutes(), rs.getInt("minutes_used")),
						next == null ? null : next.toInstant(), rs.getInt("missed_count"), rs.getInt("overdue_count"),
						rs.getBoolean("closed"));
			})
			.list();
		return jdbc.sql("""
				SELECT count(*), count(*) FILTER (WHERE at_risk),
				  count(*) FILTER (WHERE NOT closed AND days >= %d), count(*) FILTER (WHERE NOT closed AND days >= %d),
				  coalesce(sum(minutes_used), 0)
				FROM (%s) f""".formatted(CaseloadFlags.NO_CONTACT_WARNING_DAYS, CaseloadFlags.NO_CONTACT_RISK_DAYS,
				FLAGGED))
			.params(binds(advisor, now, today))
			.query((rs, n) -> new CaseloadPage(rows, page, size, rs.getInt(1), rs.getInt(2), rs.getInt(3),
					rs.getInt(4), rs.getInt(5)))
			.single();
	}

	private static java.util.Map<String, Object> binds(@Nullable AccountId advisor, Instant now, LocalDate today) {
		var values = new java.util.HashMap<String, Object>();
		values.put("advisor", advisor == null ? null : advisor.value());
		values.put("now", Timestamp.from(now));
		values.put("today", today);
		values.put("month", today.withDayOfMonth(1));
		return values;
	}

}
