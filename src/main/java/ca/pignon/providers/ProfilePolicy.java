package ca.pignon.providers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused.Problem;

/**
 * What a provider's edit of their profile does. The same rules as the application check it. Contact, web address,
 * languages, prices and work apply at once (the program vetted the business, not its phone number). The services and
 * the area served are what the program vetted the provider for: an edit that only narrows them applies at once (the
 * provider is then proposed for less); one that widens them (a service added, a municipality added, the whole
 * territory instead of some municipalities) waits, whole, for a manager, and until then the vetted ones hold.
 */
final class ProfilePolicy {

	/** A field whose value changes, as the change log keeps it. */
	record Change(String field, String before, String after) {
	}

	/**
	 * @param applied the changes made at once
	 * @param waiting the services and area asked for, none when nothing waits
	 * @param waitingChanges what the waiting scope changes, for the log
	 */
	record Outcome(List<Change> applied, @Nullable ProviderScope waiting, List<Change> waitingChanges) {
	}

	static final String WHOLE_TERRITORY = "*";

	private ProfilePolicy() {
	}

	static List<Problem> problems(ProviderDetails provider, ProfileEdit edit, Set<String> knownServices) {
		return ApplicationPolicy.problems(edit.asApplication(provider), knownServices);
	}

	static Outcome decide(ProviderDetails current, ProfileEdit edit) {
		List<Change> applied = new ArrayList<>();
		compare(applied, "contactName", current.contactName(), edit.contactName().strip());
		compare(applied, "phone", current.phone(), edit.phone().strip());
		compare(applied, "website", current.website(), edit.website().strip());
		compare(applied, "languages", joined(current.languages()), joined(edit.languages()));
		compare(applied, "priceRange", current.priceRange(), edit.priceRange().strip());
		compare(applied, "portfolio", current.portfolio(), edit.portfolio().strip());
		ProviderScope vetted = ProviderScope.of(current);
		ProviderScope asked = edit.scope();
		List<Change> scope = new ArrayList<>();
		compare(scope, "services", joined(vetted.services()), joined(asked.services()));
		compare(scope, "areas", area(vetted), area(asked));
		if (asked.widens(vetted)) {
			return new Outcome(applied, asked, scope);
		}
		applied.addAll(scope);
		return new Outcome(applied, null, List.of());
	}

	static String area(ProviderScope scope) {
		return scope.wholeTerritory() ? WHOLE_TERRITORY : joined(scope.municipalities());
	}

	static String joined(Collection<String> values) {
		return String.join(", ", values.stream().sorted().toList());
	}

	private static void compare(List<Change> changes, String field, String before, String after) {
		if (!before.equals(after)) {
			changes.add(new Change(field, before, after));
		}
	}

}
