package ca.pignon.providers.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.DossierStatusContributor;
import ca.pignon.dossier.DossierStatusSection;
import ca.pignon.providers.BriefManagement;
import ca.pignon.providers.ProviderAction;
import ca.pignon.shared.AccountId;

/**
 * On the merchant's "Où en est mon dossier ?": the actions of their approved plan that need a provider, with the
 * link to choose one neutrally.
 */
@Component
class ProvidersDossierStatus implements DossierStatusContributor {

	static final String FRAGMENT = "providers/my-status :: status";

	private final DossierManagement dossiers;

	private final BriefManagement briefs;

	ProvidersDossierStatus(DossierManagement dossiers, BriefManagement briefs) {
		this.dossiers = dossiers;
		this.briefs = briefs;
	}

	record Status(Dossier dossier, List<ProviderAction> actions) {
	}

	@Override
	public Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale) {
		return dossiers.ofMerchant(merchant).flatMap(dossier -> {
			List<ProviderAction> actions = briefs.providerActions(dossier.applicationId(), locale);
			return actions.isEmpty() ? Optional.empty()
					: Optional.of(new DossierStatusSection(FRAGMENT, new Status(dossier, actions), 45));
		});
	}

}
