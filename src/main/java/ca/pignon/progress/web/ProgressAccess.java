package ca.pignon.progress.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.ApplicationNotFound;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.SelectionManagement;

/**
 * Whose plan a page shows: the merchant's own (no id in the address), or, for staff, the application named in the
 * address: an advisor's caseload, any for managers. For anyone else the plan does not exist (404).
 */
@Component
class ProgressAccess {

	private final IntakeManagement intake;

	private final SelectionManagement selection;

	ProgressAccess(IntakeManagement intake, SelectionManagement selection) {
		this.intake = intake;
		this.selection = selection;
	}

	ApplicationId application(@Nullable UUID id, PignonUser user, Locale locale) {
		if (id == null) {
			return intake.applicationOf(user.accountId(), locale)
				.map(application -> application.id())
				.orElseThrow(NotFound::new);
		}
		ApplicationId application = new ApplicationId(id);
		boolean allowed = switch (user.role()) {
			case ADVISOR -> selection.follows(user.accountId(), application);
			case MANAGER, ADMIN -> exists(application, locale);
			default -> false;
		};
		if (!allowed) {
			throw new NotFound();
		}
		return application;
	}

	private boolean exists(ApplicationId application, Locale locale) {
		try {
			intake.application(application, locale);
			return true;
		}
		catch (ApplicationNotFound ex) {
			return false;
		}
	}

	/** The start of every address of this plan's pages. */
	static String base(@Nullable UUID id) {
		return id == null ? "/progress/my" : "/progress/applications/" + id;
	}

}
