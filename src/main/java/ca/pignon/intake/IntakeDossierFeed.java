package ca.pignon.intake;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierArea;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.EligibilityStatus;
import ca.pignon.dossier.SubmittedApplication;
import ca.pignon.shared.ApplicationId;

/**
 * Tells the dossier what intake decided, from intake's own events, in the transaction that decided it (a plain,
 * synchronous listener): the dossier is never behind intake, so that the access rule and every module reading the
 * dossier see a submission the moment it is committed.
 */
@Component
class IntakeDossierFeed {

	private final MerchantApplications applications;

	private final DossierManagement dossiers;

	IntakeDossierFeed(MerchantApplications applications, DossierManagement dossiers) {
		this.applications = applications;
		this.dossiers = dossiers;
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		var application = application(event.applicationId());
		var business = application.business();
		dossiers.submitted(new SubmittedApplication(event.applicationId(), event.accountId(),
				application.businessName(), business == null ? null : business.naicsCode(),
				business == null ? null : business.employees(), areas(application.location()),
				status(event.eligibility()), event.submittedAt()));
	}

	@EventListener
	void on(EligibilityChanged event) {
		reassessed(event.applicationId());
	}

	@EventListener
	void on(ApplicationPlaced event) {
		reassessed(event.applicationId());
	}

	private void reassessed(ApplicationId id) {
		var application = application(id);
		var assessment = application.assessment();
		dossiers.reassessed(id, assessment == null ? EligibilityStatus.TO_VERIFY : status(assessment.eligibility()),
				areas(application.location()));
	}

	private static EligibilityStatus status(Eligibility eligibility) {
		return EligibilityStatus.valueOf(eligibility.name());
	}

	private MerchantApplication application(ApplicationId id) {
		return applications.findById(id.value()).orElseThrow(ApplicationNotFound::new);
	}

	static List<DossierArea> areas(@Nullable LocationEvidence location) {
		List<DossierArea> areas = new ArrayList<>();
		if (location == null) {
			return areas;
		}
		if (location.municipalityCode() != null) {
			areas.add(new DossierArea(DossierArea.MUNICIPALITY, location.municipalityCode(),
					name(location.municipalityName(), location.municipalityCode())));
		}
		if (location.arrondissementCode() != null) {
			areas.add(new DossierArea(DossierArea.ARRONDISSEMENT, location.arrondissementCode(),
					name(location.arrondissementName(), location.arrondissementCode())));
		}
		if (location.quartierCode() != null) {
			areas.add(new DossierArea(DossierArea.QUARTIER, location.quartierCode(),
					name(location.quartierName(), location.quartierCode())));
		}
		return areas;
	}

	private static String name(@Nullable String name, String code) {
		return name == null ? code : name;
	}

}
