package ca.pignon.diagnostic.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.platform.DocumentController;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.VersionedDocuments;

/**
 * The question bank for managers, on platform's page of versioned documents: its versions, each downloadable as the
 * file it was published from; a new version uploaded (or pasted), checked and previewed, then published.
 */
@Controller
@RequestMapping("/diagnostic/bank")
class BankController extends DocumentController<QuestionBank> {

	private final DiagnosticManagement diagnostics;

	BankController(VersionedDocuments documents, MessageSource messages, DiagnosticManagement diagnostics) {
		super(documents, messages, QuestionBank.DOCUMENT);
		this.diagnostics = diagnostics;
	}

	@Override
	protected String titleKey() {
		return "diagnostic.bank.title";
	}

	@Override
	protected String fragments() {
		return "diagnostic/bank";
	}

	@Override
	protected String fileName() {
		return "question-bank";
	}

	@Override
	protected String publishedKey() {
		return "diagnostic.bank.published";
	}

	@Override
	protected int publishVersion(String source, String note, @Nullable Integer basedOn, PignonUser by) {
		return diagnostics.publishBank(source, note, basedOn, DiagnosticAccess.respondent(by));
	}

	@Override
	protected List<String> ids(QuestionBank bank) {
		return bank.questions().stream().map(Question::id).toList();
	}

}
