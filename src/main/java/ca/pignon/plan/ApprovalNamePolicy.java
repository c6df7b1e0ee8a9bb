package ca.pignon.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import ca.pignon.platform.Refused.Problem;

/**
 * The merchant approves their plan by typing their name: the first and last name of their application's contact, in
 * either order. Case, accents, hyphens, apostrophes, periods and extra spaces do not matter ("rosalie GINGRAS",
 * "Gingras Rosalie" and "Rosalie   Gîngras" are all Rosalie Gingras); anything else is someone else's name.
 */
final class ApprovalNamePolicy {

	static final int MAX = 200;

	private final String firstName;

	private final String lastName;

	/** @param firstName the contact's, as in their application ({@code lastName} too) */
	ApprovalNamePolicy(String firstName, String lastName) {
		this.firstName = firstName;
		this.lastName = lastName;
	}

	/** Why {@code typed} does not approve: nothing typed, or not the contact's name (which the reason names). */
	Optional<Problem> check(String typed) {
		String name = typed.strip();
		if (name.isEmpty()) {
			return Optional.of(Problem.about("name", "plan.approve.nameRequired"));
		}
		String expected = firstName + " " + lastName;
		if (name.length() > MAX || !same(name, expected) && !same(name, lastName + " " + firstName)) {
			return Optional.of(Problem.about("name", "plan.approve.nameMismatch", expected));
		}
		return Optional.empty();
	}

	static boolean same(String typed, String expected) {
		return normalized(typed).equals(normalized(expected));
	}

	static String normalized(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[-'’.]", " ")
			.replaceAll("\\s+", " ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

}
