package ca.pignon.followup.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.pignon.followup.Dossier;
import ca.pignon.followup.MeetingDetails;
import ca.pignon.followup.MeetingStatus;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Mailer;

/**
 * The merchant's mails of the accompaniment, queued in the outbox in the transaction of the change (so once, whatever
 * the instances): a meeting planned or moved, with the link to their calendar file (the same iCalendar as
 * "Ajouter à mon calendrier"); the closing, with the satisfaction survey.
 */
@Component
public class MerchantMails {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H'h'mm", FRENCH);

	private final AccountManagement accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	MerchantMails(AccountManagement accounts, Mailer mailer, MessageSource messages) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
	}

	/** Mails the merchant a meeting newly planned, or one whose day or time changed; nothing otherwise. */
	public void meeting(Dossier dossier, MeetingDetails details, @Nullable MeetingDetails before) {
		if (details.status() != MeetingStatus.PLANNED || !changed(details, before)) {
			return;
		}
		accounts.find(dossier.merchant()).ifPresent(merchant -> {
			String when = DAY.format(details.date())
					+ (details.time() == null ? "" : " " + text("followup.mail.meeting.at", TIME.format(details.time())));
			String mode = text("followup.MeetingMode." + details.mode().name());
			String place = details.place() == null || details.place().isBlank() ? mode : mode + ", " + details.place();
			mailer.send(merchant.email(), text("followup.mail.meeting.subject", when),
					text("followup.mail.meeting.body", merchant.displayName(), when, details.durationMinutes(), place,
							mailer.link("/followup/my/calendar.ics"), mailer.link("/intake/my")));
		});
	}

	/** Mails the merchant that the accompaniment is over, with the survey. */
	public void closed(Dossier dossier) {
		accounts.find(dossier.merchant())
			.ifPresent(merchant -> mailer.send(merchant.email(), text("followup.mail.closed.subject"),
					text("followup.mail.closed.body", merchant.displayName(), dossier.businessName(),
							mailer.link("/followup/my/survey"), mailer.link("/intake/my"))));
	}

	private static boolean changed(MeetingDetails details, @Nullable MeetingDetails before) {
		return before == null || before.status() != MeetingStatus.PLANNED || !before.date().equals(details.date())
				|| !java.util.Objects.equals(before.time(), details.time());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, FRENCH);
	}

}
