package ca.pignon.selection;

import java.util.List;

/**
 * @param taken merchants retained in the round and assigned to one of the team's advisors
 */
public record TeamDetails(String name, int places, int taken, List<StaffRef> advisors) {

	public int free() {
		return Math.max(0, places - taken);
	}

}
