package ca.pignon.plan;

import java.util.List;
import java.util.Optional;

import ca.pignon.platform.DocumentKey;

/** One published version of the action catalogue. Versions never change once published. */
public record ActionCatalogue(int version, List<CatalogueAction> actions) {

	/** The action catalogue in platform's store of versioned documents; it refers to the question bank. */
	public static final DocumentKey<ActionCatalogue> DOCUMENT = new DocumentKey<>("plan", "catalogue");

	public Optional<CatalogueAction> action(String id) {
		return actions.stream().filter(action -> action.id().equals(id)).findFirst();
	}

}
