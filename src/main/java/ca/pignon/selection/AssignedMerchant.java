package ca.pignon.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/** A merchant on an advisor's caseload. */
public record AssignedMerchant(RoundId round, String roundName, ApplicationId applicationId, AccountId merchant,
		String businessName, @Nullable String areaName, Instant assignedAt) {
}
