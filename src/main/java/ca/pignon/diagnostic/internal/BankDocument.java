package ca.pignon.diagnostic.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.platform.DocumentKey;
import ca.pignon.platform.DocumentKind;
import ca.pignon.platform.DocumentProblem;
import ca.pignon.platform.DocumentReading;
import ca.pignon.platform.SourceLines;

/**
 * The question bank as a kind of platform's versioned documents: read by {@link BankReader}, each problem placed on
 * the line of the dimension or question it names. The bank refers to no other document.
 */
@Component
class BankDocument implements DocumentKind<QuestionBank> {

	/** How the reader names an element in its problems: "question goals-customers", "dimension goals". */
	private static final Pattern ELEMENT = Pattern.compile("(?:question|dimension) ([a-z0-9][a-z0-9-]*)");

	@Override
	public DocumentKey<QuestionBank> key() {
		return QuestionBank.DOCUMENT;
	}

	@Override
	public String nameKey() {
		return "diagnostic.bank.name";
	}

	@Override
	public String shippedSource() {
		return BankCatalogue.shippedSource();
	}

	@Override
	public DocumentReading<QuestionBank> read(String source, int version) {
		var outcome = BankReader.read(source, version);
		if (outcome.bank() != null) {
			return DocumentReading.of(outcome.bank());
		}
		return DocumentReading.refused(outcome.problems().stream().map(problem -> located(problem, source)).toList());
	}

	static DocumentProblem located(Problem problem, String source) {
		List<Object> arguments = problem.arguments();
		if (problem.messageKey().equals("diagnostic.bank.error.syntax")) {
			int line = (Integer) arguments.get(0);
			return DocumentProblem.at(line > 0 ? line : null, "platform.documents.error.syntax", arguments.get(1));
		}
		return new DocumentProblem(line(arguments, source), "source", problem.messageKey(), arguments);
	}

	/** The line of the first element an argument names ("question x"), or that an argument is (a duplicate id). */
	private static @Nullable Integer line(List<Object> arguments, String source) {
		for (Object argument : arguments) {
			String text = String.valueOf(argument);
			Matcher element = ELEMENT.matcher(text);
			Integer line = SourceLines.lineOf(source, "id", element.find() ? element.group(1) : text);
			if (line != null) {
				return line;
			}
		}
		return null;
	}

}
