package ca.pignon.followup;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/**
 * A merchant on the dashboard, with the flags of the drop-out rule (see docs/followup.md).
 *
 * @param daysWithoutContact days since {@code lastContact}
 * @param missedMeetings planned meetings whose time has passed without being recorded as held
 * @param overdueActions plan actions due before this month and not done
 */
public record CaseloadRow(ApplicationId applicationId, String businessName, AccountId advisor, LocalDate lastContact,
		int daysWithoutContact, Hours hours, @Nullable Instant nextPlanned, int missedMeetings, int overdueActions,
		boolean closed) {

	public boolean noContact14() {
		return daysWithoutContact >= CaseloadFlags.NO_CONTACT_WARNING_DAYS;
	}

	public boolean noContact30() {
		return daysWithoutContact >= CaseloadFlags.NO_CONTACT_RISK_DAYS;
	}

	/** The drop-out rule: no contact in 30 days, or a planned meeting missed, or a plan action overdue. */
	public boolean atRisk() {
		return !closed && (noContact30() || missedMeetings > 0 || overdueActions > 0);
	}

}
