package ca.pignon.providers;

import java.util.UUID;

public record ProviderId(UUID value) {

	public static ProviderId random() {
		return new ProviderId(UUID.randomUUID());
	}

}
