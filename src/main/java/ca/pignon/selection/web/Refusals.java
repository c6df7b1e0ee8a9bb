package ca.pignon.selection.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

import ca.pignon.shared.Actor;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.SelectionRefused;

/**
 * What the pages do with the workflow's refusals: an error next to the field it is about, or at the top of the form,
 * with its arguments (who changed the dossier, when, what), in the reader's language.
 */
final class Refusals {

	private Refusals() {
	}

	/**
	 * @param fields the refusal's field (as the API names it) → the form's property; a field not listed goes to the
	 *     top of the form
	 */
	static void reject(Errors errors, SelectionRefused refused, Map<String, String> fields) {
		String property = refused.field() == null ? null : fields.get(refused.field());
		reject(errors, refused, property);
	}

	static void reject(Errors errors, SelectionRefused refused, @Nullable String property) {
		if (property != null) {
			errors.rejectValue(property, refused.messageKey(), refused.arguments(), null);
		}
		else {
			errors.reject(refused.messageKey(), refused.arguments(), null);
		}
	}

	/** A colleague changed the dossier (or the grid) since the page was shown. */
	static boolean stale(SelectionRefused refused) {
		return refused.messageKey().startsWith("selection.refused.staleVersion");
	}

	static Actor actor(PignonUser user) {
		return Actor.of(user.accountId());
	}

	static boolean manages(PignonUser user) {
		return switch (user.role()) {
			case MANAGER, ADMIN -> true;
			default -> false;
		};
	}

}
