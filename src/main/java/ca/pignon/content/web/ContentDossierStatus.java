package ca.pignon.content.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.DossierStatusContributor;
import ca.pignon.dossier.DossierStatusSection;
import ca.pignon.shared.AccountId;

/** On the merchant's "Où en est mon dossier ?": the way to their value work, once they are retained. */
@Component
class ContentDossierStatus implements DossierStatusContributor {

	static final String FRAGMENT = "content/my-status :: status";

	private final DossierManagement dossiers;

	ContentDossierStatus(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	public Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale) {
		return dossiers.ofMerchant(merchant)
			.filter(dossier -> dossier.advisor() != null)
			.map(dossier -> new DossierStatusSection(FRAGMENT, dossier.applicationId(), 47));
	}

}
