package ca.pignon.progress.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ca.pignon.followup.Dossier;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.dossier.DossierStatusContributor;
import ca.pignon.dossier.DossierStatusSection;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.progress.MyPlan;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.shared.AccountId;

/**
 * The plan being carried out, on the merchant's "Où en est mon dossier ?": how far along, the next step, the link to
 * "Mon plan", the calendar to add to their own, and, once the accompaniment is closed, the satisfaction survey.
 */
@Component
class ProgressDossierStatus implements DossierStatusContributor {

	static final String FRAGMENT = "progress/my-status :: status";

	private final ProgressManagement progress;

	private final FollowupManagement followup;

	private final IntakeManagement intake;

	ProgressDossierStatus(ProgressManagement progress, FollowupManagement followup, IntakeManagement intake) {
		this.progress = progress;
		this.followup = followup;
		this.intake = intake;
	}

	@Override
	public Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale) {
		return intake.applicationOf(merchant, locale).flatMap(application -> {
			Optional<MyPlan> plan = progress.planOf(application.id(), locale);
			Optional<Dossier> dossier = followup.dossierOf(merchant);
			if (plan.isEmpty() && dossier.isEmpty()) {
				return Optional.empty();
			}
			boolean surveyOpen = dossier.filter(Dossier::closed)
				.map(d -> followup.surveyOf(application.id()).isEmpty())
				.orElse(false);
			return Optional.of(new DossierStatusSection(FRAGMENT,
					new ProgressStatus(plan.orElse(null), dossier.isPresent(), surveyOpen), 40));
		});
	}

}
