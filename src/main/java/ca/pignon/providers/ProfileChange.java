package ca.pignon.providers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A change a provider made to their profile, as managers read it: the field, its value before and after (services
 * and languages as their ids, the area as {@code *} for the whole territory or its municipalities), and whether it
 * applied at once or waited for a manager.
 */
public record ProfileChange(Instant at, String field, String before, String after, State state,
		@Nullable String reason) {

	public enum State {

		/** Applied at once. */
		APPLIED,
		/** Widens what the program vetted: waits for a manager. */
		WAITING,
		/** A manager accepted it. */
		ACCEPTED,
		/** A manager declined it, with a reason the provider read. */
		DECLINED,
		/** The provider replaced it by another edit before a manager decided. */
		WITHDRAWN

	}

}
