package ca.pignon.selection.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierArea;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.shared.ApplicationId;

/**
 * What selection shows of a merchant but does not decide: the business's name and its program area, read from the
 * dossier (selection keeps only the inputs it scored, as read when the application entered the round).
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

	Optional<DossierArea> area(ApplicationId application) {
		return dossiers.find(application).flatMap(Dossier::programArea);
	}

	static String name(Map<ApplicationId, Dossier> facts, ApplicationId application) {
		Dossier dossier = facts.get(application);
		return dossier == null ? "" : dossier.businessName();
	}

	static String areaName(Map<ApplicationId, Dossier> facts, ApplicationId application) {
		Dossier dossier = facts.get(application);
		return dossier == null ? null : dossier.programArea().map(DossierArea::name).orElse(null);
	}

}
