package ca.pignon.progress.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Mailer;
import ca.pignon.progress.HelpRequested;
import ca.pignon.selection.SelectionManagement;

/**
 * Tells the advisor, by mail, that a merchant of their caseload asked for help with an action: this is the moment a
 * merchant may drop out, so it must not wait for the next weekly summary.
 */
@Component
class HelpMails {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final SelectionManagement selection;

	private final AccountManagement accounts;

	private final IntakeManagement intake;

	private final Tasks tasks;

	private final Mailer mailer;

	private final MessageSource messages;

	HelpMails(SelectionManagement selection, AccountManagement accounts, IntakeManagement intake, Tasks tasks,
			Mailer mailer, MessageSource messages) {
		this.selection = selection;
		this.accounts = accounts;
		this.intake = intake;
		this.tasks = tasks;
		this.mailer = mailer;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(HelpRequested help) {
		var advisor = selection.advisorOf(help.applicationId()).flatMap(ref -> accounts.find(ref.id()));
		var task = tasks.find(help.applicationId().value(), help.actionKey());
		if (advisor.isEmpty() || task.isEmpty()) {
			return;
		}
		ApplicationDetails merchant = intake.application(help.applicationId(), FRENCH);
		String link = mailer.link("/progress/applications/" + help.applicationId().value() + "/actions/"
				+ help.actionKey());
		mailer.send(advisor.get().email(),
				messages.getMessage("progress.help.mail.subject", new Object[] { merchant.displayName() }, FRENCH),
				messages.getMessage("progress.help.mail.body", new Object[] { advisor.get().displayName(),
						merchant.displayName(), task.get().titleFr(), help.message(), link }, FRENCH));
	}

}
