package ca.pignon.diagnostic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ca.pignon.diagnostic.internal.AnswerRules;
import ca.pignon.diagnostic.internal.Author;
import ca.pignon.diagnostic.internal.DiagnosticRow;
import ca.pignon.diagnostic.internal.Scoring;
import ca.pignon.diagnostic.internal.SkipLogic;
import ca.pignon.diagnostic.internal.StoredAnswer;
import ca.pignon.diagnostic.internal.StoredNote;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * A merchant's diagnostic: the aggregate behind {@link DiagnosticManagement}. Every change is guarded and says what it
 * changes or publishes:
 * <ul>
 * <li>{@link #start started} for a retained merchant, T0 first, then T1 once T0 is complete
 * ({@link DiagnosticStarted});</li>
 * <li>a dimension's page {@link #save saved}: cleaned answers and the staff note, refused when invalid
 * ({@link DiagnosticRefused}), on a completed diagnostic, or when someone else changed the same answers since the page
 * was shown ({@link #conflicts});</li>
 * <li>{@link #complete completed} by staff once every required question shown is answered, its scores fixed
 * ({@link DiagnosticCompleted}).</li>
 * </ul>
 * It reads the answers and notes stored when it was loaded; {@link DiagnosticManagement} writes what a change returns.
 */
final class Diagnostic {

	/** A diagnostic the merchant already has, as starting another one needs to know. */
	record Existing(DiagnosticKind kind, DiagnosticStatus status) {
	}

	record Started(DiagnosticRow row, DiagnosticStarted event) {
	}

	/**
	 * What saving a dimension's page changes.
	 * @param answers by question id, in the dimension's order; an empty list takes the answer back
	 * @param note the staff note when it changed, else {@code null}
	 */
	record Changes(Dimension dimension, Map<String, List<String>> answers, @Nullable String note) {

		boolean none() {
			return answers.isEmpty() && note == null;
		}

	}

	/** An answer or the note that someone else changed since the page was shown, and that this save changes too. */
	record Conflict(@Nullable Question question, @Nullable StoredAnswer answer, @Nullable StoredNote note) {
	}

	record Completion(Scores scores, DiagnosticCompleted event) {
	}

	static final int NOTE_MAX = 4000;

	private final DiagnosticRow row;

	private final QuestionBank bank;

	private final Map<String, StoredAnswer> stored;

	private final Map<String, StoredNote> notes;

	Diagnostic(DiagnosticRow row, QuestionBank bank, Map<String, StoredAnswer> stored, Map<String, StoredNote> notes) {
		this.row = row;
		this.bank = bank;
		this.stored = stored;
		this.notes = notes;
	}

	/** Starts the T0 diagnostic of a retained merchant, or the T1 once T0 is complete, with this bank. */
	static Started start(ApplicationId application, AccountId merchant, DiagnosticKind kind, boolean retained,
			List<Existing> existing, QuestionBank bank, Respondent by, Instant at) {
		if (!retained) {
			throw DiagnosticRefused.because("diagnostic.refused.notRetained");
		}
		if (existing.stream().anyMatch(diagnostic -> diagnostic.kind() == kind)) {
			throw DiagnosticRefused.because("diagnostic.refused.exists");
		}
		if (kind == DiagnosticKind.T1 && existing.stream()
			.noneMatch(d -> d.kind() == DiagnosticKind.T0 && d.status() == DiagnosticStatus.COMPLETED)) {
			throw DiagnosticRefused.because("diagnostic.refused.t0First");
		}
		var row = new DiagnosticRow(UUID.randomUUID(), application.value(), merchant.value(), kind.name(),
				bank.version(), Scoring.FORMULA_VERSION, DiagnosticStatus.IN_PROGRESS.name(), 0, at,
				Author.of(by.actor()), null, null, null);
		return new Started(row, new DiagnosticStarted(application, new DiagnosticId(row.id()), kind, bank.version(), at));
	}

	/**
	 * What saving a dimension's page changes. {@code shownQuestions} are the questions the page showed (an unticked
	 * question sends nothing): their cleaned values replace the stored ones. The note counts only from staff.
	 * @throws DiagnosticRefused when the diagnostic is complete or a value breaks its question's rules
	 */
	Changes save(String dimensionId, List<String> shownQuestions, Map<String, List<String>> values,
			@Nullable String note, Respondent by) {
		if (completed()) {
			throw DiagnosticRefused.because("diagnostic.refused.completed");
		}
		Dimension dimension = bank.dimension(dimensionId).orElseThrow(NotFound::new);
		List<Problem> problems = new ArrayList<>();
		Map<String, List<String>> changes = new LinkedHashMap<>();
		for (Question question : dimension.questions()) {
			if (!shownQuestions.contains(question.id())) {
				continue;
			}
			List<String> cleaned = AnswerRules.clean(question, values.getOrDefault(question.id(), List.of()),
					problems);
			StoredAnswer before = stored.get(question.id());
			if (!(before == null ? List.of() : before.values()).equals(cleaned)) {
				changes.put(question.id(), cleaned);
			}
		}
		String cleanNote = note == null ? null : note.replace("\r", "").strip();
		if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
			problems.add(new Problem("note", "diagnostic.answer.tooLong", List.of(NOTE_MAX)));
		}
		if (!problems.isEmpty()) {
			throw new DiagnosticRefused(problems);
		}
		StoredNote storedNote = notes.get(dimensionId);
		boolean noteChanged = by.staff() && cleanNote != null
				&& !cleanNote.equals(storedNote == null ? "" : storedNote.note());
		return new Changes(dimension, changes, noteChanged ? cleanNote : null);
	}

	/**
	 * The changes of this save that someone else's save, after {@code expectedVersion} (the version the page showed),
	 * touched too: none when the diagnostic did not move, or moved elsewhere.
	 */
	List<Conflict> conflicts(Changes changes, long expectedVersion) {
		if (row.version() == expectedVersion) {
			return List.of();
		}
		List<Conflict> conflicts = new ArrayList<>();
		for (Question question : changes.dimension().questions()) {
			StoredAnswer answer = stored.get(question.id());
			if (answer != null && answer.revision() > expectedVersion && changes.answers().containsKey(question.id())) {
				conflicts.add(new Conflict(question, answer, null));
			}
		}
		StoredNote storedNote = notes.get(changes.dimension().id());
		if (changes.note() != null && storedNote != null && storedNote.revision() > expectedVersion) {
			conflicts.add(new Conflict(null, null, storedNote));
		}
		return conflicts;
	}

	/**
	 * Completes the diagnostic (staff, during the meeting) and fixes its scores.
	 * @throws DiagnosticRefused when not staff, already complete, a required question shown is unanswered, or
	 * nothing could be scored
	 */
	Completion complete(Respondent by, Instant at, Locale locale) {
		if (!by.staff()) {
			throw DiagnosticRefused.because("diagnostic.refused.staffCompletes");
		}
		if (completed()) {
			throw DiagnosticRefused.because("diagnostic.refused.completed");
		}
		List<MissingAnswer> missing = missing(locale);
		if (!missing.isEmpty()) {
			throw new DiagnosticRefused(missing.stream()
				.map(m -> new Problem(m.questionId(), "diagnostic.complete.missing",
						List.of(m.dimensionTitle(), m.question())))
				.toList());
		}
		Scores scores = scores();
		if (scores.overall() == null) {
			throw DiagnosticRefused.because("diagnostic.refused.nothingScored");
		}
		return new Completion(scores, new DiagnosticCompleted(new ApplicationId(row.applicationId()), id(),
				DiagnosticKind.valueOf(row.kind()), row.bankVersion(), Scoring.FORMULA_VERSION, scores.overall(), at));
	}

	/** The required questions shown and still unanswered, in the bank's order. */
	List<MissingAnswer> missing(Locale locale) {
		Map<String, Answer> answers = answers();
		Set<String> shown = SkipLogic.shown(bank, answers);
		List<MissingAnswer> missing = new ArrayList<>();
		for (Dimension dimension : bank.dimensions()) {
			for (Question question : dimension.questions()) {
				Answer answer = answers.get(question.id());
				if (question.required() && shown.contains(question.id()) && (answer == null || answer.isBlank())) {
					missing.add(new MissingAnswer(dimension.id(), dimension.title().in(locale), question.id(),
							question.text().in(locale)));
				}
			}
		}
		return missing;
	}

	/** The scores computed from the stored answers, with the diagnostic's bank and formula. */
	Scores scores() {
		return Scoring.score(bank, answers());
	}

	/** The values of the answers to the questions the skip logic shows: answers that became hidden are left out. */
	Map<String, List<String>> shownAnswers() {
		Map<String, Answer> answers = answers();
		Set<String> shown = SkipLogic.shown(bank, answers);
		Map<String, List<String>> values = new LinkedHashMap<>();
		answers.forEach((question, answer) -> {
			if (shown.contains(question)) {
				values.put(question, answer.values());
			}
		});
		return values;
	}

	Map<String, Answer> answers() {
		Map<String, Answer> answers = new LinkedHashMap<>();
		stored.forEach((id, answer) -> answers.put(id, answer.answer()));
		return answers;
	}

	static Map<String, Integer> byDimension(Scores scores) {
		Map<String, Integer> byDimension = new HashMap<>();
		scores.dimensions().forEach(score -> byDimension.put(score.dimensionId(), score.score()));
		return byDimension;
	}

	DiagnosticId id() {
		return new DiagnosticId(row.id());
	}

	DiagnosticRow row() {
		return row;
	}

	QuestionBank bank() {
		return bank;
	}

	Map<String, StoredAnswer> stored() {
		return stored;
	}

	Map<String, StoredNote> notes() {
		return notes;
	}

	boolean completed() {
		return row.status().equals(DiagnosticStatus.COMPLETED.name());
	}

}
