package ca.pignon.conversation.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Mailer;
import ca.pignon.shared.ApplicationId;

/**
 * Each message mailed to the other side, through the outbox in the writer's transaction (so once, whatever the
 * instances): the merchant's to their advisor with the link to answer from, staff's to the merchant with the link to
 * read and answer. In French, the program's language, as the other mails to merchants and staff.
 */
@Component
public class ConversationMails {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final Mailer mailer;

	private final MessageSource messages;

	ConversationMails(Mailer mailer, MessageSource messages) {
		this.mailer = mailer;
		this.messages = messages;
	}

	public void toAdvisor(AccountSummary advisor, ApplicationId application, String businessName, String body,
			@Nullable String actionKey, @Nullable String actionTitle) {
		String link = mailer.link("/conversation/applications/" + application.value());
		String about = actionKey == null ? ""
				: messages.getMessage("conversation.mail.about", new Object[] { actionTitle == null ? actionKey
						: actionTitle, mailer.link("/progress/applications/" + application.value() + "/actions/"
								+ actionKey) }, FRENCH);
		mailer.send(advisor.email(),
				messages.getMessage(actionKey == null ? "conversation.mail.toAdvisor.subject"
						: "conversation.mail.help.subject", new Object[] { businessName }, FRENCH),
				messages.getMessage("conversation.mail.toAdvisor.body",
						new Object[] { advisor.displayName(), businessName, about, body, link }, FRENCH));
	}

	public void toMerchant(AccountSummary merchant, String authorName, String body) {
		String link = mailer.link("/conversation/my");
		mailer.send(merchant.email(),
				messages.getMessage("conversation.mail.toMerchant.subject", new Object[] { authorName }, FRENCH),
				messages.getMessage("conversation.mail.toMerchant.body",
						new Object[] { merchant.displayName(), authorName, body, link }, FRENCH));
	}

}
