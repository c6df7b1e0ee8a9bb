package ca.pignon.diagnostic;

import java.util.List;
import java.util.Optional;

import ca.pignon.platform.DocumentKey;

/** One published version of the question bank. Versions never change once published. */
public record QuestionBank(int version, List<Dimension> dimensions) {

	/** The question bank in platform's store of versioned documents; the action catalogue refers to it. */
	public static final DocumentKey<QuestionBank> DOCUMENT = new DocumentKey<>("diagnostic", "bank");

	public Optional<Dimension> dimension(String id) {
		return dimensions.stream().filter(dimension -> dimension.id().equals(id)).findFirst();
	}

	public Optional<Question> question(String id) {
		return questions().stream().filter(question -> question.id().equals(id)).findFirst();
	}

	/** Every question, in the bank's order. */
	public List<Question> questions() {
		return dimensions.stream().flatMap(dimension -> dimension.questions().stream()).toList();
	}

}
