package ca.pignon.providers.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An id as a form sent it: none when blank or not an id (a tampered form names nothing). */
final class TypedIds {

	private TypedIds() {
	}

	static @Nullable UUID uuid(String typed) {
		try {
			return typed.isBlank() ? null : UUID.fromString(typed.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
