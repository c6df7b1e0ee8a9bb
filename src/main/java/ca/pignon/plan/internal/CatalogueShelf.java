package ca.pignon.plan.internal;

import org.springframework.stereotype.Component;

import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.PlanRefused;
import ca.pignon.platform.DocumentRefused;
import ca.pignon.platform.DocumentShelf;
import ca.pignon.platform.Refused;
import ca.pignon.platform.VersionedDocuments;

/**
 * The action catalogue's versions, kept in platform's store of versioned documents ({@link CatalogueDocument} says
 * how to read one, checked against the question bank in use when published): the shipped file is version 1, managers
 * publish the next ones. A refused publish is a {@link PlanRefused}.
 */
@Component
public class CatalogueShelf extends DocumentShelf<ActionCatalogue> {

	public static final String SHIPPED = "plan/action-catalogue.yaml";

	CatalogueShelf(VersionedDocuments documents) {
		super(documents, ActionCatalogue.DOCUMENT);
	}

	public static String shippedSource() {
		return shipped(SHIPPED);
	}

	@Override
	protected Refused refusal(DocumentRefused refused) {
		return new PlanRefused(problems(refused.problems()));
	}

}
