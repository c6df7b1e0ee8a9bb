package ca.pignon.plan;

import java.util.List;
import java.util.Optional;

/** One published version of the action catalogue. Versions never change once published. */
public record ActionCatalogue(int version, List<CatalogueAction> actions) {

	public Optional<CatalogueAction> action(String id) {
		return actions.stream().filter(action -> action.id().equals(id)).findFirst();
	}

}
