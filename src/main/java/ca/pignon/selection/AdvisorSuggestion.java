package ca.pignon.selection;

/**
 * An advisor who could accompany a retained merchant, with what the suggestion rests on.
 *
 * @param caseload merchants currently assigned to the advisor (retained, not withdrawn), all rounds together
 * @param coversArea the advisor covers the merchant's area (arrondissement, or municipality outside Ville de
 *     Québec): declared by a manager, or learned because they accompanied a merchant of that area in an earlier round
 * @param teamPlacesLeft places still free in the advisor's team for this round
 */
public record AdvisorSuggestion(StaffRef advisor, String team, int caseload, boolean coversArea,
		int teamPlacesLeft) {

	public boolean available() {
		return teamPlacesLeft > 0;
	}

}
