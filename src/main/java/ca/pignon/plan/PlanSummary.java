package ca.pignon.plan;

import org.jspecify.annotations.Nullable;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/**
 * A plan and where it stands.
 *
 * @param currentVersion the latest version, which the advisor edits (pages send it back: optimistic locking)
 * @param sentVersion the version the merchant reads, once sent
 * @param approvedVersion the latest version the merchant approved: the plan of record
 */
public record PlanSummary(PlanId id, ApplicationId applicationId, AccountId merchant, String businessName,
		DiagnosticId diagnosticId, PlanStatus status, int currentVersion, @Nullable Integer sentVersion,
		@Nullable Integer approvedVersion) {

	/** The merchant has a version to approve. */
	public boolean awaitingApproval() {
		return status == PlanStatus.SENT;
	}

}
