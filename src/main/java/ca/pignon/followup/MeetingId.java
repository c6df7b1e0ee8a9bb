package ca.pignon.followup;

import java.util.UUID;

public record MeetingId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
