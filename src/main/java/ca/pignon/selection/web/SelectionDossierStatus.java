package ca.pignon.selection.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.DossierStage;
import ca.pignon.dossier.DossierStatusContributor;
import ca.pignon.dossier.DossierStatusSection;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.shared.AccountId;

/**
 * Selection's part of the merchant's "Où en est mon dossier ?" (intake's page, which knows nothing of selection): the
 * decision in plain French with the next step, from {@link SelectionManagement#decisionFor}, which holds the
 * merchant's own dossier only.
 */
@Component
class SelectionDossierStatus implements DossierStatusContributor {

	static final String FRAGMENT = "selection/my-status :: status";

	/** Once the accompaniment is past its first step, the decision is history: shown without its next step. */
	static final String PAST = "selection/my-status :: past";

	private final SelectionManagement selection;

	private final DossierManagement dossiers;

	SelectionDossierStatus(SelectionManagement selection, DossierManagement dossiers) {
		this.selection = selection;
		this.dossiers = dossiers;
	}

	@Override
	public Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale) {
		boolean past = dossiers.ofMerchant(merchant)
			.map(dossier -> dossier.stage().compareTo(DossierStage.RETAINED) > 0
					&& dossier.stage() != DossierStage.WITHDRAWN)
			.orElse(false);
		return selection.decisionFor(merchant, locale)
			.map(status -> new DossierStatusSection(past ? PAST : FRAGMENT, status, 10));
	}

}
