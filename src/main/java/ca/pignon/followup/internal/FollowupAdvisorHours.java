package ca.pignon.followup.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.AdvisorHours;
import ca.pignon.dossier.AdvisorHoursSource;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.followup.Hours;
import ca.pignon.shared.ApplicationId;

/** The follow-up counts the advisor's hours: the plan reads them through the dossier's hook to fit its draft. */
@Component
class FollowupAdvisorHours implements AdvisorHoursSource {

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	private final DossierManagement dossiers;

	private final DossierStore store;

	FollowupAdvisorHours(DossierManagement dossiers, DossierStore store) {
		this.dossiers = dossiers;
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AdvisorHours> advisorHoursOf(ApplicationId application) {
		return dossiers.find(application).filter(dossier -> dossier.advisor() != null).map(store::of).map(dossier -> {
			Hours hours = dossier.hours();
			return new AdvisorHours(hoursOf(hours.budgetMinutes()), hoursOf(hours.usedMinutes()));
		});
	}

	private static BigDecimal hoursOf(int minutes) {
		return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 1, RoundingMode.HALF_UP);
	}

}
