package ca.pignon.selection.internal;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierArea;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.shared.ApplicationId;

/**
 * What selection shows of a merchant but does not decide: the business's name, read from the dossier, and the program
 * area the dossier gives when an application enters a round (kept then with the other inputs as read).
 */
@Component
class MerchantFacts {

	private final DossierManagement dossiers;

	MerchantFacts(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	Map<ApplicationId, Dossier> of(Collection<ApplicationId> applications) {
		return dossiers.all(applications);
	}

	String name(ApplicationId application) {
		return dossiers.find(application).map(Dossier::businessName).orElse("");
	}

	static String name(Map<ApplicationId, Dossier> facts, ApplicationId application) {
		Dossier dossier = facts.get(application);
		return dossier == null ? "" : dossier.businessName();
	}

	static @Nullable String areaCode(Map<ApplicationId, Dossier> facts, ApplicationId application) {
		Dossier dossier = facts.get(application);
		return dossier == null ? null : dossier.programArea().map(DossierArea::code).orElse(null);
	}

	static @Nullable String areaName(Map<ApplicationId, Dossier> facts, ApplicationId application) {
		Dossier dossier = facts.get(application);
		return dossier == null ? null : dossier.programArea().map(DossierArea::name).orElse(null);
	}

}
