package ca.pignon.followup.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ca.pignon.dossier.Assignment;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.followup.CaseloadPage;
import ca.pignon.followup.CaseloadRow;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Dates;
import ca.pignon.platform.Mailer;
import ca.pignon.platform.SqlArrays;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * The advisors' weekly summary of their caseload: once the week's sending time has come (Monday 7:00 in Québec unless
 * configured), each advisor with merchants to follow gets one mail for the ISO week. The row in
 * {@code followup_notification} and the mail in the outbox are written in one transaction, so that a restart, a second
 * instance or a late run never sends it twice, and a run missed while Pignon was down still sends it later that week.
 */
@Component
public class AdvisorSummaries {

	static final String KIND = "ADVISOR_WEEKLY";

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final Caseloads caseloads;

	private final DossierManagement dossiers;

	private final AccountManagement accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DayOfWeek day;

	private final LocalTime time;

	private final String publicUrl;

	AdvisorSummaries(Caseloads caseloads, DossierManagement dossiers, AccountManagement accounts, Mailer mailer,
			MessageSource messages, JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${pignon.followup.advisor-summary.day:MONDAY}") DayOfWeek day,
			@Value("${pignon.followup.advisor-summary.time:07:00}") LocalTime time,
			@Value("${pignon.public-url:http://localhost:8080}") String publicUrl) {
		this.caseloads = caseloads;
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.day = day;
		this.time = time;
		this.publicUrl = publicUrl;
	}

	/** Sends the week's summaries not sent yet, if the week's sending time has come. @return how many were queued */
	public int sendDue(Instant now) {
		ZonedDateTime local = now.atZone(Dates.PROGRAM_ZONE);
		ZonedDateTime sendingTime = local.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.with(java.time.temporal.TemporalAdjusters.nextOrSame(day))
			.with(time);
		if (local.isBefore(sendingTime)) {
			return 0;
		}
		String week = local.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format("%02d", local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		int sent = 0;
		for (AccountId advisor : advisorsWithCaseload()) {
			Boolean queued = transactions.execute(status -> send(advisor, week, now));
			sent += Boolean.TRUE.equals(queued) ? 1 : 0;
		}
		return sent;
	}

	private boolean send(AccountId advisor, String week, Instant now) {
		AccountSummary account = accounts.find(advisor).orElse(null);
		if (account == null || !account.enabled()) {
			return false;
		}
		boolean claimed = jdbc.sql("""
				INSERT INTO followup_notification (kind, recipient, period, queued_at)
				VALUES (:kind, :recipient, :period, :at) ON CONFLICT DO NOTHING""")
			.param("kind", KIND)
			.param("recipient", advisor.value())
			.param("period", week)
			.param("at", Timestamp.from(now))
			.update() == 1;
		if (claimed) {
			CaseloadPage caseload = caseloads.page(advisor, now, 0, 200);
			mailer.send(account.email(), text("followup.summary.subject", caseload.total()),
					body(account, caseload, planned(advisor, now)));
		}
		return claimed;
	}

	private String body(AccountSummary advisor, CaseloadPage caseload, List<String> planned) {
		List<String> flagged = new ArrayList<>();
		for (CaseloadRow row : caseload.rows()) {
			if (!row.closed() && (row.atRisk() || row.noContact14())) {
				flagged.add(text(row.atRisk() ? "followup.summary.lineAtRisk" : "followup.summary.lineNoContact",
						row.businessName(), row.daysWithoutContact(), hours(row.hours().usedMinutes()),
						hours(row.hours().budgetMinutes())));
			}
		}
		return text("followup.summary.body", advisor.displayName(), caseload.total(), caseload.atRisk(),
				caseload.noContact14(), caseload.noContact30(), hours(caseload.minutesUsed()),
				flagged.isEmpty() ? text("followup.summary.noneFlagged") : String.join("\n", flagged),
				planned.isEmpty() ? text("followup.summary.nonePlanned") : String.join("\n", planned),
				publicUrl + "/followup");
	}

	/** Advisors who accompany at least one merchant whose accompaniment is not closed. */
	private List<AccountId> advisorsWithCaseload() {
		Set<UUID> closed = new HashSet<>(jdbc.sql("SELECT application_id FROM followup_dossier WHERE closed_at IS NOT NULL")
			.query(UUID.class)
			.list());
		return dossiers.assignments(null)
			.stream()
			.filter(assignment -> !closed.contains(assignment.applicationId().value()))
			.map(Assignment::advisor)
			.distinct()
			.toList();
	}

	/** The meetings planned in the coming seven days with the advisor's merchants, soonest first. */
	private List<String> planned(AccountId advisor, Instant now) {
		var format = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM, HH'h'mm", FRENCH)
			.withZone(Dates.PROGRAM_ZONE);
		List<ApplicationId> caseload = dossiers.assignments(advisor).stream().map(Assignment::applicationId).toList();
		Map<ApplicationId, String> names = dossiers.names(caseload);
		return jdbc.sql("""
				SELECT m.application_id, m.starts_at, m.mode FROM followup_meeting m
				WHERE m.application_id IN (SELECT unnest(CAST(:ids AS uuid[]))) AND m.status = 'PLANNED'
				  AND m.starts_at >= :now AND m.starts_at < :until
				ORDER BY m.starts_at""")
			.param("ids", SqlArrays.uuids(caseload.stream().map(ApplicationId::value).toList()))
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(Duration.ofDays(7))))
			.query((rs, n) -> text("followup.summary.linePlanned", format.format(rs.getTimestamp(2).toInstant()),
					names.getOrDefault(new ApplicationId(rs.getObject(1, UUID.class)), ""),
					text("followup.MeetingMode." + rs.getString(3))))
			.list();
	}

	private static String hours(int minutes) {
		return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + String.format("%02d", minutes % 60);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, FRENCH);
	}

}
