package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.Mailer;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.ScoreBreakdown;

/**
 * The mails a merchant receives about selection: the decision (once per decision) and a hand-over to another advisor.
 * Written to the platform's outbox in the transaction of the change, after a row in {@code selection_notification}
 * whose primary key makes a second mail for the same decision impossible: a decision retried, repeated or replayed
 * after a restart sends nothing more.
 * <p>
 * In French, the program's language: accounts do not record a language yet. Only about the merchant's own dossier:
 * no rank, no cut-off, nothing about other applicants.
 */
@Component
public class DecisionMails {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	static final String DECISION = "DECISION";

	static final String HAND_OVER = "HAND_OVER";

	private final IntakeManagement intake;

	private final Mailer mailer;

	private final MessageSource messages;

	private final RankingService ranking;

	private final SelectionLog log;

	private final SelectionSettings settings;

	private final JdbcClient jdbc;

	DecisionMails(IntakeManagement intake, Mailer mailer, MessageSource messages, RankingService ranking,
			SelectionLog log, SelectionSettings settings, JdbcClient jdbc) {
		this.intake = intake;
		this.mailer = mailer;
		this.messages = messages;
		this.ranking = ranking;
		this.log = log;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	void decision(IntakeRound round, Candidate candidate, Actor by, Instant now) {
		DecisionRecord decision = candidate.decision();
		if (decision == null || decision.decision() == DecisionStatus.WITHDRAWN) {
			return;
		}
		ApplicationDetails merchant = intake.application(candidate.applicationId(), FRENCH);
		if (!claim(candidate, DECISION, candidate.decisionSeq(), merchant.email(), now)) {
			return;
		}
		String status = decision.decision().name();
		String subject = text("selection.mail." + status + ".subject");
		String body = switch (decision.decision()) {
			case RETAINED -> text("selection.mail.RETAINED.body", firstName(merchant), merchant.displayName(),
					round.name(), candidate.advisor() == null ? "" : candidate.advisor().advisorName(),
					String.valueOf(settings.advisorContactDays()), decision.reasonText());
			case WAITLISTED -> text("selection.mail.WAITLISTED.body", firstName(merchant), merchant.displayName(),
					round.name(), String.valueOf(decision.waitlistPosition()), decision.reasonText());
			case NOT_RETAINED -> notRetained(round, candidate, merchant, decision);
			case WITHDRAWN -> throw new IllegalStateException();
		};
		mailer.send(merchant.email(), subject, body);
		log.record(candidate, by, "MAIL_QUEUED", now, null, merchant.email() + " : " + subject, null);
	}

	void handOver(IntakeRound round, Candidate candidate, int assignment, Actor by, Instant now) {
		ApplicationDetails merchant = intake.application(candidate.applicationId(), FRENCH);
		if (candidate.advisor() == null || !claim(candidate, HAND_OVER, assignment, merchant.email(), now)) {
			return;
		}
		String subject = text("selection.mail.handOver.subject");
		mailer.send(merchant.email(), subject,
				text("selection.mail.handOver.body", firstName(merchant), merchant.displayName(),
						candidate.advisor().advisorName(), String.valueOf(settings.advisorContactDays()),
						round.name()));
		log.record(candidate, by, "MAIL_QUEUED", now, null, merchant.email() + " : " + subject, null);
	}

	private String notRetained(IntakeRound round, Candidate candidate, ApplicationDetails merchant,
			DecisionRecord decision) {
		ScoreBreakdown score = ranking.breakdown(round, candidate, FRENCH);
		String criteria = score.criteria()
			.stream()
			.map(criterion -> text(criterion.missing() ? "selection.mail.criterionNotAssessed"
					: "selection.mail.criterionLine", criterion.label(), number(criterion.points()),
					number(criterion.maxPoints())))
			.collect(Collectors.joining("\n"));
		String resources = intake.otherResources()
			.stream()
			.map(resource -> text("selection.mail.resourceLine", resource.name(FRENCH), resource.url(),
					resource.description(FRENCH)))
			.collect(Collectors.joining("\n"));
		return text("selection.mail.NOT_RETAINED.body", firstName(merchant), merchant.displayName(), round.name(),
				decision.reasonText(), number(score.total()), criteria,
				resources.isEmpty() ? text("selection.mail.noResources") : resources);
	}

	private boolean claim(Candidate candidate, String kind, int seq, String recipient, Instant now) {
		return jdbc.sql("""
				INSERT INTO selection_notification (candidate_id, kind, seq, recipient, queued_at)
				VALUES (:candidate, :kind, :seq, :recipient, :at) ON CONFLICT DO NOTHING""")
			.param("candidate", candidate.id())
			.param("kind", kind)
			.param("seq", seq)
			.param("recipient", recipient)
			.param("at", Timestamp.from(now))
			.update() == 1;
	}

	private static String firstName(ApplicationDetails merchant) {
		return merchant.contact() == null ? merchant.displayName() : merchant.contact().firstName();
	}

	/** 12,5 and 15: French decimals, no useless zeros. */
	static String number(BigDecimal value) {
		var format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(FRENCH));
		return format.format(value);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, FRENCH);
	}

}
