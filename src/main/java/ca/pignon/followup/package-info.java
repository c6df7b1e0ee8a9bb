/**
 * The follow-up of retained merchants during the accompaniment: the advisor's meetings and calls with the hours they
 * use out of the program's budget, the advisor's caseload dashboard with its no-contact and drop-out flags, the
 * merchant's calendar (iCalendar), the advisor's weekly summary, and the closing of the dossier with its before/after.
 */
@ApplicationModule(displayName = "Follow-up",
		allowedDependencies = { "shared", "platform", "dossier", "intake", "selection", "diagnostic", "webaudit",
				"plan", "conversation", "content" })
@NullMarked
package ca.pignon.followup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
