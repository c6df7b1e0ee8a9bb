package ca.pignon.providers;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;

/**
 * A provider with their account and their profile's changes: what a provider reads of themselves, and what a manager
 * reads next to the vetting.
 *
 * @param account the provider's account, none until invited
 * @param pending services and areas asked for that wait for a manager, none when nothing waits
 * @param changes the latest changes first
 */
public record ProviderProfile(ProviderDetails provider, @Nullable AccountId account, @Nullable ProviderScope pending,
		@Nullable Instant pendingSince, List<ProfileChange> changes) {

	public boolean hasPending() {
		return pending != null;
	}

}
