package ca.pignon.intake;

import java.time.temporal.ChronoUnit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ca.pignon.platform.EmailChanged;
import ca.pignon.shared.Actor;

/**
 * A merchant's new email address, confirmed from the link mailed to it, is a line of their application's history
 * (issue 18, point 5): who, when, the address before and after. Delivered again, the same change is written once.
 */
@Component
class EmailHistory {

	private final MerchantApplications applications;

	private final ChangeLog changes;

	EmailHistory(MerchantApplications applications, ChangeLog changes) {
		this.applications = applications;
		this.changes = changes;
	}

	@ApplicationModuleListener
	void on(EmailChanged changed) {
		applications.findByAccount(changed.accountId().value()).ifPresent(application -> {
			boolean written = changes.of(application.applicationId())
				.stream()
				.anyMatch(change -> change.action().equals("EMAIL_CORRECTED") && change.at().truncatedTo(ChronoUnit.MICROS).equals(changed.at().truncatedTo(ChronoUnit.MICROS)));
			if (!written) {
				changes.record(application.applicationId(), Actor.of(changed.accountId()), "EMAIL_CORRECTED",
						changed.at(), changed.before(), changed.after(), null);
			}
		});
	}

}
