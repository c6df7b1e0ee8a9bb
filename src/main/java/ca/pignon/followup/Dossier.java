package ca.pignon.followup;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/**
 * A retained merchant's accompaniment as the follow-up sees it.
 *
 * @param advisor who accompanies the merchant now; none once the merchant withdrew or is no longer retained
 * @param active false once the merchant withdrew or is no longer retained
 * @param lastContact the date of the last meeting held, or of the assignment when none was held yet
 * @param calendarToken the secret of the merchant's calendar feed, if one was made
 */
public record Dossier(ApplicationId applicationId, AccountId merchant, @Nullable AccountId advisor,
		String businessName, @Nullable Instant assignedAt, boolean active, Hours hours, LocalDate lastContact,
		@Nullable String calendarToken, @Nullable Instant closedAt, @Nullable String closedBy, long version) {

	public boolean closed() {
		return closedAt != null;
	}

}
