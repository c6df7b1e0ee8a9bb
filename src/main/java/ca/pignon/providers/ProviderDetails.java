package ca.pignon.providers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A provider of the directory as staff read it: what they applied with, where their vetting stands, and the reason
 * they read when refused or suspended.
 */
public record ProviderDetails(ProviderId id, String name, String neq, String contactName, String email, String phone,
		String website, Set<String> services, boolean wholeTerritory, List<String> municipalities, Set<String> languages,
		String priceRange, String portfolio, String referenceOne, String referenceTwo, Instant appliedAt,
		ProviderStatus status, boolean neqChecked, boolean referencesCalled, boolean workSeen, String decisionReason,
		@Nullable Instant decidedAt, @Nullable LocalDate approvedUntil, boolean demo, long version) {

	/** Approved and not past the end of its approval: the only providers Pignon proposes. */
	public boolean vettedOn(LocalDate day) {
		return status == ProviderStatus.APPROVED && approvedUntil != null && !approvedUntil.isBefore(day);
	}

	/** Approved, but past the end of its approval: to renew. */
	public boolean renewalDueOn(LocalDate day) {
		return status == ProviderStatus.APPROVED && approvedUntil != null && approvedUntil.isBefore(day);
	}

	/** The portfolio's links, one per line. */
	public List<String> portfolioLinks() {
		return portfolio.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
