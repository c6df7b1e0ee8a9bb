package ca.pignon.plan.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.plan.ActionCatalogue;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.platform.DocumentKey;
import ca.pignon.platform.DocumentKind;
import ca.pignon.platform.DocumentProblem;
import ca.pignon.platform.DocumentReading;
import ca.pignon.platform.ReferencedDocuments;
import ca.pignon.platform.SourceLines;

/**
 * The action catalogue as a kind of platform's versioned documents. Its actions name the question bank's dimensions,
 * questions and answers: checked when either is published (a catalogue naming a question the bank in use lacks, or a
 * bank dropping a question the catalogue in use names, is refused), never when a published catalogue is read back.
 */
@Component
class CatalogueDocument implements DocumentKind<ActionCatalogue> {

	@Override
	public DocumentKey<ActionCatalogue> key() {
		return ActionCatalogue.DOCUMENT;
	}

	@Override
	public String nameKey() {
		return "plan.catalogue.name";
	}

	@Override
	public String shippedSource() {
		return CatalogueShelf.shippedSource();
	}

	@Override
	public Set<DocumentKey<?>> references() {
		return Set.of(QuestionBank.DOCUMENT);
	}

	@Override
	public DocumentReading<ActionCatalogue> read(String source, int version) {
		var outcome = CatalogueReader.read(source, version);
		return outcome.catalogue() != null ? DocumentReading.of(outcome.catalogue())
				: DocumentReading.refused(located(outcome.problems(), source));
	}

	@Override
	public List<DocumentProblem> check(ActionCatalogue catalogue, String source, ReferencedDocuments referenced) {
		var outcome = CatalogueReader.read(source, catalogue.version(), referenced.get(QuestionBank.DOCUMENT));
		return located(outcome.problems(), source);
	}

	private static List<DocumentProblem> located(List<Problem> problems, String source) {
		return problems.stream().map(problem -> located(problem, source)).toList();
	}

	/** A problem on the line of the action it names (its field), or of the syntax error. */
	static DocumentProblem located(Problem problem, String source) {
		List<Object> arguments = problem.arguments();
		if (problem.messageKey().equals("plan.catalogue.error.syntax")) {
			int line = (Integer) arguments.get(0);
			return DocumentProblem.at(line > 0 ? line : null, "platform.documents.error.syntax", arguments.get(1));
		}
		String action = problem.field();
		return new DocumentProblem(action == null ? null : SourceLines.lineOf(source, "id", action), "source",
				problem.messageKey(), arguments);
	}

}
