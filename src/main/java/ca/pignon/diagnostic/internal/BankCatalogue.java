package ca.pignon.diagnostic.internal;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticRefused;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.platform.DocumentRefused;
import ca.pignon.platform.DocumentShelf;
import ca.pignon.platform.Refused;
import ca.pignon.platform.VersionedDocuments;

/**
 * The question bank's versions, kept in platform's store of versioned documents ({@link BankDocument} says how to
 * read one): the shipped file is version 1, managers publish the next ones. A refused publish is a
 * {@link DiagnosticRefused}.
 */
@Component
public class BankCatalogue extends DocumentShelf<QuestionBank> {

	public static final String SHIPPED = "diagnostic/question-bank.yaml";

	BankCatalogue(VersionedDocuments documents) {
		super(documents, QuestionBank.DOCUMENT);
	}

	public static String shippedSource() {
		return shipped(SHIPPED);
	}

	@Override
	protected Refused refusal(DocumentRefused refused) {
		return new DiagnosticRefused(problems(refused.problems()));
	}

}
