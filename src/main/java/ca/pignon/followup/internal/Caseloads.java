package ca.pignon.followup.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.dossier.Assignment;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.followup.CaseloadFlags;
import ca.pignon.followup.CaseloadPage;
import ca.pignon.followup.CaseloadRow;
import ca.pignon.followup.Hours;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.Dates;
import ca.pignon.platform.Paging;
import ca.pignon.platform.SqlArrays;
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
			FROM (SELECT c.application_id, c.advisor, coalesce(d.minutes_used, 0) AS minutes_used,
			        d.closed_at IS NOT NULL AS closed,
			        coalesce(d.last_held_on, (to_timestamp(c.assigned_at) AT TIME ZONE 'America/Toronto')::date)
			          AS last_contact,
			        coalesce(d.first_planned_at < :now, false) AS missed,
			        coalesce(d.first_open_due < :month, false) AS overdue
			      FROM unnest(CAST(:ids AS uuid[]), CAST(:advisors AS uuid[]), CAST(:assigned AS float8[]))
			             AS c (application_id, advisor, assigned_at)
			      LEFT JOIN followup_dossier d ON d.application_id = c.application_id) r"""
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
			FROM (%s ORDER BY closed, at_risk DESC, overdue DESC, missed DESC, last_contact, application_id
			      LIMIT :size OFFSET :offset) p
			ORDER BY closed, at_risk DESC, overdue DESC, missed DESC, last_contact, application_id"""
		.formatted(FLAGGED);

	private final JdbcClient jdbc;

	private final FollowupSettings settings;

	private final DossierManagement dossiers;

	Caseloads(JdbcClient jdbc, FollowupSettings settings, DossierManagement dossiers) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.dossiers = dossiers;
	}

	/** @param advisor null for the whole program */
	public CaseloadPage page(@Nullable AccountId advisor, Instant now, int page, int size) {
		LocalDate today = now.atZone(Dates.PROGRAM_ZONE).toLocalDate();
		// who accompanies whom is the dossier's: the follow-up's rows add what it wrote (none yet for a new merchant)
		Map<String, Object> binds = binds(dossiers.assignments(advisor), now, today);
		List<Row> found = jdbc.sql(PAGE)
			.params(binds)
			.param("size", size)
			.param("offset", Paging.offset(page, size))
			.query((rs, n) -> {
				Timestamp next = rs.getTimestamp("next_planned_at");
				return new Row(new ApplicationId(rs.getObject("application_id", UUID.class)),
						new AccountId(rs.getObject("advisor", UUID.class)), rs.getObject("last_contact", LocalDate.class),
						rs.getInt("days"), new Hours(settings.budgetMinutes(), rs.getInt("minutes_used")),
						next == null ? null : next.toInstant(), rs.getInt("missed_count"), rs.getInt("overdue_count"),
						rs.getBoolean("closed"));
			})
			.list();
		Map<ApplicationId, String> names = dossiers.names(found.stream().map(Row::application).toList());
		List<CaseloadRow> rows = found.stream()
			.map(row -> new CaseloadRow(row.application(), names.getOrDefault(row.application(), ""), row.advisor(),
					row.lastContact(), row.days(), row.hours(), row.nextPlanned(), row.missed(), row.overdue(),
					row.closed()))
			.toList();
		return jdbc.sql("""
				SELECT count(*), count(*) FILTER (WHERE at_risk),
				  count(*) FILTER (WHERE NOT closed AND days >= %d), count(*) FILTER (WHERE NOT closed AND days >= %d),
				  coalesce(sum(minutes_used), 0)
				FROM (%s) f""".formatted(CaseloadFlags.NO_CONTACT_WARNING_DAYS, CaseloadFlags.NO_CONTACT_RISK_DAYS,
				FLAGGED))
			.params(binds)
			.query((rs, n) -> new CaseloadPage(rows, page, size, rs.getInt(1), rs.getInt(2), rs.getInt(3),
					rs.getInt(4), rs.getInt(5)))
			.single();
	}

	private record Row(ApplicationId application, AccountId advisor, LocalDate lastContact, int days, Hours hours,
			@Nullable Instant nextPlanned, int missed, int overdue, boolean closed) {
	}

	private static Map<String, Object> binds(List<Assignment> assignments, Instant now, LocalDate today) {
		var values = new HashMap<String, Object>();
		values.put("ids", SqlArrays.uuids(assignments.stream().map(a -> a.applicationId().value()).toList()));
		values.put("advisors", SqlArrays.uuids(assignments.stream().map(a -> a.advisor().value()).toList()));
		// epoch seconds, as text: PostgreSQL reads a float8[] literal, turned back with to_timestamp
		values.put("assigned", SqlArrays.numbers(assignments.stream()
			.map(a -> a.assignedAt().getEpochSecond() + a.assignedAt().getNano() / 1e9)
			.toList()));
		values.put("now", Timestamp.from(now));
		values.put("today", today);
		values.put("month", today.withDayOfMonth(1));
		return values;
	}

}
