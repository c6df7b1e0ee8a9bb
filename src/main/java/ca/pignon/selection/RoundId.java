package ca.pignon.selection;

import java.util.UUID;

/** An intake round (a cohort). */
public record RoundId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
