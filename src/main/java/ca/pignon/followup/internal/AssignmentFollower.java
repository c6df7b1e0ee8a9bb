package ca.pignon.followup.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.MerchantAssigned;
import ca.pignon.selection.MerchantWithdrew;
import ca.pignon.selection.SelectionDecided;
import ca.pignon.selection.SelectionManagement;

/**
 * Keeps the follow-up's dossiers in step with selection: a dossier opens when a merchant is assigned, follows a
 * hand-over, and is set aside when the merchant withdraws or is no longer retained. Idempotent (events are
 * re-delivered).
 */
@Component
class AssignmentFollower {

	private final DossierStore dossiers;

	private final SelectionManagement selection;

	AssignmentFollower(DossierStore dossiers, SelectionManagement selection) {
		this.dossiers = dossiers;
		this.selection = selection;
	}

	@ApplicationModuleListener
	void on(MerchantAssigned event) {
		selection.caseloadOf(event.advisor())
			.stream()
			.filter(merchant -> merchant.applicationId().equals(event.applicationId()))
			.findFirst()
			.ifPresent(merchant -> dossiers.assign(event.applicationId(), event.merchant(), event.advisor(),
					merchant.businessName(), event.assignedAt()));
	}

	@ApplicationModuleListener
	void on(MerchantWithdrew event) {
		dossiers.deactivate(event.applicationId());
	}

	@ApplicationModuleListener
	void on(SelectionDecided event) {
		if (event.status() != DecisionStatus.RETAINED) {
			dossiers.deactivate(event.applicationId());
		}
	}

}
