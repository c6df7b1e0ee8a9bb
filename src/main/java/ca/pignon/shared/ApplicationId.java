package ca.pignon.shared;

import java.util.UUID;

public record ApplicationId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
