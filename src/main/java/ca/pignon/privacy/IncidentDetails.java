package ca.pignon.privacy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the register of confidentiality incidents keeps about one incident (Règlement sur les incidents de
 * confidentialité, art. 11), as {@link IncidentPolicy} accepted it.
 *
 * @param information the personal information concerned (or why it cannot be known)
 * @param circumstances what happened
 * @param occurredFrom when it happened, or began
 * @param occurredTo when it ended, if it lasted
 * @param discoveredOn when the program learned of it
 * @param peopleCount how many people are concerned
 * @param countApproximate whether that number is an estimate
 * @param riskAssessment the assessment of the risk of serious injury (sensitivity, likely misuse, likelihood)
 * @param seriousRisk whether there is a risk of serious injury: then the Commission and the people are told
 * @param commissionNotifiedOn when the Commission d'accès à l'information was told, if it was
 * @param peopleNotifiedOn when the people concerned were told, if they were
 * @param measures what was done to reduce the risk and prevent another incident
 * @param advice what the people concerned can do themselves (for the notice to them)
 */
public record IncidentDetails(String information, String circumstances, LocalDate occurredFrom,
		@Nullable LocalDate occurredTo, LocalDate discoveredOn, int peopleCount, boolean countApproximate,
		String riskAssessment, boolean seriousRisk, @Nullable LocalDate commissionNotifiedOn,
		@Nullable LocalDate peopleNotifiedOn, String measures, String advice) {

	/** A risk of serious injury whose notices are not all sent yet: to do without delay (art. 3.5). */
	public boolean noticesPending() {
		return seriousRisk && (commissionNotifiedOn == null || peopleNotifiedOn == null);
	}

}
