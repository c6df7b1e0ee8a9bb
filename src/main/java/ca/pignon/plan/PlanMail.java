package ca.pignon.plan;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.Mailer;
import ca.pignon.platform.People;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * The plan's mail to the merchant, in French (the program's language), queued in the caller's transaction: their
 * advisor sent them their plan, named as their account is named now; it says where to read it, with no link to guess.
 */
@Component
class PlanMail {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	private final IntakeManagement intake;

	private final DossierManagement dossiers;

	private final People people;

	private final Mailer mailer;

	private final MessageSource messages;

	PlanMail(IntakeManagement intake, DossierManagement dossiers, People people, Mailer mailer,
			MessageSource messages) {
		this.intake = intake;
		this.dossiers = dossiers;
		this.people = people;
		this.mailer = mailer;
		this.messages = messages;
	}

	void sent(ApplicationId application, Actor by) {
		ApplicationDetails details = intake.application(application, FRENCH);
		String firstName = details.contact() == null ? "" : details.contact().firstName();
		String business = dossiers.find(application).map(Dossier::businessName).orElse("");
		mailer.send(details.email(), messages.getMessage("plan.mail.sent.subject", null, FRENCH),
				messages.getMessage("plan.mail.sent.body", new Object[] { firstName, business, people.nameOf(by, FRENCH) },
						FRENCH));
	}

}
