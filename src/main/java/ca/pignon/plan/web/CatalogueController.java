package ca.pignon.plan.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.CatalogueAction;
import ca.pignon.plan.PlanManagement;
import ca.pignon.platform.DocumentController;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.VersionedDocuments;

/**
 * The managers' catalogue of actions, on platform's page of versioned documents: download the version in use, upload
 * (or paste) a new one, read the preview or the named errors, publish it. A cycle of prerequisites, a self-dependency,
 * an unknown prerequisite or a question the bank in use lacks is refused here.
 */
@Controller
@RequestMapping("/plan/catalogue")
class CatalogueController extends DocumentController<ActionCatalogue> {

	private final PlanManagement plans;

	CatalogueController(VersionedDocuments documents, MessageSource messages, PlanManagement plans) {
		super(documents, messages, ActionCatalogue.DOCUMENT);
		this.plans = plans;
	}

	@Override
	protected String titleKey() {
		return "plan.catalogue.title";
	}

	@Override
	protected String fragments() {
		return "plan/catalogue";
	}

	@Override
	protected String fileName() {
		return "action-catalogue";
	}

	@Override
	protected String publishedKey() {
		return "plan.catalogue.published";
	}

	@Override
	protected int publishVersion(String source, String note, @Nullable Integer basedOn, PignonUser by) {
		return plans.publishCatalogue(source, note, basedOn, by.accountId());
	}

	@Override
	protected List<String> ids(ActionCatalogue catalogue) {
		return catalogue.actions().stream().map(CatalogueAction::id).toList();
	}

}
