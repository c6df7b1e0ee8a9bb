package ca.pignon.intake;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierArea;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.EligibilityStatus;
import ca.pignon.dossier.SubmittedApplication;
import ca.pignon.shared.ApplicationId;
import ca.pignon.territory.SdcLayer;
import ca.pignon.territory.SdcLayerChanged;
import ca.pignon.territory.TerritoryManagement;

/**
 * Tells the dossier what intake decided, from intake's own events, in the transaction that decided it (a plain,
 * synchronous listener): the dossier is never behind intake, so that the access rule and every module reading the
 * dossier see a submission the moment it is committed.
 */
@Component
class IntakeDossierFeed {

	private final MerchantApplications applications;

	private final DossierManagement dossiers;

	private final TerritoryManagement territory;

	private final SdcChoices sdcChoices;

	IntakeDossierFeed(MerchantApplications applications, DossierManagement dossiers, TerritoryManagement territory,
			SdcChoices sdcChoices) {
		this.applications = applications;
		this.dossiers = dossiers;
		this.territory = territory;
		this.sdcChoices = sdcChoices;
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		var application = application(event.applicationId());
		var business = application.business();
		dossiers.submitted(new SubmittedApplication(event.applicationId(), event.accountId(),
				application.businessName(), business == null ? null : business.naicsCode(),
				business == null ? null : business.employees(), areas(application),
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

	/**
	 * A new SDC layer: every application already located is placed again (its dossier's areas told again, the SDC
	 * from its point, or the one staff chose by hand). After the upload's commit, once, on the instance that took it.
	 */
	@ApplicationModuleListener
	void on(SdcLayerChanged event) {
		for (ApplicationId id : sdcChoices.located()) {
			reassessed(id);
		}
	}

	private void reassessed(ApplicationId id) {
		var application = application(id);
		var assessment = application.assessment();
		dossiers.reassessed(id, assessment == null ? EligibilityStatus.TO_VERIFY : status(assessment.eligibility()),
				areas(application));
	}

	/** The areas of the point, and the SDC: the one staff chose by hand, or else the one of the point. */
	private List<DossierArea> areas(MerchantApplication application) {
		List<DossierArea> areas = areas(application.location());
		sdcChoices.inForce(application.applicationId(), application.location(), territory).ifPresent(area -> areas.add(new DossierArea(SdcLayer.NAME, area.code(), area.name())));
		return areas;
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
