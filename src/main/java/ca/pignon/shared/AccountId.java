package ca.pignon.shared;

import java.io.Serializable;
import java.util.UUID;

/**
 * Identifies a person's account, whatever their role.
 */
public record AccountId(UUID value) implements Serializable {

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
