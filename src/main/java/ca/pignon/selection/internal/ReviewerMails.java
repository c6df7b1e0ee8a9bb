package ca.pignon.selection.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Mailer;
import ca.pignon.shared.AccountId;

/**
 * Tells a reviewer, by mail, that an application was assigned to them, with the link to "Mes évaluations"; queued in
 * the outbox in the assignment's transaction (so once, whatever the instances). The mail names the round, not the
 * merchant: the reviewer reads the application in Pignon.
 */
@Component
class ReviewerMails {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final AccountManagement accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	ReviewerMails(AccountManagement accounts, Mailer mailer, MessageSource messages) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
	}

	void assigned(AccountId reviewer, String roundName) {
		accounts.find(reviewer)
			.ifPresent(account -> mailer.send(account.email(),
					messages.getMessage("selection.mail.reviewerAssigned.subject", new Object[] { roundName }, FRENCH),
					messages.getMessage("selection.mail.reviewerAssigned.body",
							new Object[] { account.displayName(), roundName, mailer.link("/selection/reviews") },
							FRENCH)));
	}

}
