package ca.pignon.providers;

import java.time.Instant;
import java.util.UUID;

import ca.pignon.shared.AccountId;

/**
 * A declared link between a person of the program (advisor, manager) and a provider of the directory: a relative, a
 * former employer, a friend, shares, a past contract. Declaring it is what lets Pignon flag it on a shortlist.
 */
public record Interest(UUID id, AccountId account, ProviderId provider, String providerName, String nature,
		Instant declaredAt) {
}
