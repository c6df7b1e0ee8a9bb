package ca.pignon.plan.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierStatusContributor;
import ca.pignon.dossier.DossierStatusSection;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.plan.PlanManagement;
import ca.pignon.shared.AccountId;

/**
 * The plan's part of the merchant's "Où en est mon dossier ?": once the advisor sent a version, where it stands and
 * the link to "Mon plan d'action".
 */
@Component
class PlanDossierStatus implements DossierStatusContributor {

	static final String FRAGMENT = "plan/my-status :: status";

	private final PlanManagement plans;

	private final IntakeManagement intake;

	PlanDossierStatus(PlanManagement plans, IntakeManagement intake) {
		this.plans = plans;
		this.intake = intake;
	}

	@Override
	public Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale) {
		return intake.applicationOf(merchant, locale)
			.flatMap(application -> plans.planOf(application.id()))
			.filter(plan -> plan.sentVersion() != null)
			.map(plan -> new DossierStatusSection(FRAGMENT, plan, 30));
	}

}
