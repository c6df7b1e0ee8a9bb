package ca.pignon.providers;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;

/**
 * A brief's shortlist holds a provider with whom a person handling the brief declared a link.
 *
 * @param decision what a manager decided, none while the conflict is open
 * @param reason the manager's written reason
 */
public record Conflict(AccountId account, ProviderId provider, String providerName, String nature,
		@Nullable ConflictDecision decision, @Nullable String reason) {

	public boolean open() {
		return decision == null;
	}

}
