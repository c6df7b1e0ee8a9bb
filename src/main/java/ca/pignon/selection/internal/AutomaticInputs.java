package ca.pignon.selection.internal;

import org.jspecify.annotations.Nullable;

import ca.pignon.intake.SelectionInputs;
import ca.pignon.selection.AutomaticRule;

/**
 * The values the automatic rules read, as read from the application when it entered the round. Kept with the
 * candidate: a score is always recomputed from these, never from the application as it is today.
 */
public record AutomaticInputs(@Nullable String hoursPerWeek, @Nullable String workBy,
		@Nullable String onlinePresence, @Nullable Integer employees, @Nullable String naicsCode) {

	public static AutomaticInputs read(SelectionInputs application) {
		PresenceLevel presence = application.hasWebsite() ? PresenceLevel.WEBSITE
				: application.hasOtherPresence() ? PresenceLevel.SOCIAL_ONLY : PresenceLevel.NONE;
		return new AutomaticInputs(application.hoursPerWeek() == null ? null : application.hoursPerWeek().name(),
				application.workBy() == null ? null : application.workBy().name(), presence.name(),
				application.employees(), application.naicsCode());
	}

	/** The raw value a rule reads, as its points table matches it. */
	public @Nullable String valueFor(AutomaticRule rule) {
		return switch (rule) {
			case HOURS_PER_WEEK -> hoursPerWeek;
			case WORK_BY -> workBy;
			case ONLINE_PRESENCE -> onlinePresence;
			case EMPLOYEES -> employees == null ? null : employees.toString();
			case SECTOR -> naicsCode;
		};
	}

}
