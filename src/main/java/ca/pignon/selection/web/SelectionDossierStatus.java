package ca.pignon.selection.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

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

	private final SelectionManagement selection;

	SelectionDossierStatus(SelectionManagement selection) {
		this.selection = selection;
	}

	@Override
	public Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale) {
		return selection.decisionFor(merchant, locale).map(status -> new DossierStatusSection(FRAGMENT, status, 10));
	}

}
