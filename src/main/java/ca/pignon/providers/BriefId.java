package ca.pignon.providers;

import java.util.UUID;

public record BriefId(UUID value) {

	public static BriefId random() {
		return new BriefId(UUID.randomUUID());
	}

}
