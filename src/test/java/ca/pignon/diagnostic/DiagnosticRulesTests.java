package ca.pignon.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.internal.Author;
import ca.pignon.diagnostic.internal.DiagnosticRow;
import ca.pignon.diagnostic.internal.StoredAnswer;
import ca.pignon.diagnostic.internal.StoredNote;
import ca.pignon.diagnostic.internal.TestBank;
import ca.pignon.platform.Refused;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/** The diagnostic's rules, as its aggregate guards them: no Spring, no database. */
class DiagnosticRulesTests {

	static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

	static final QuestionBank BANK = TestBank.bank();

	final ApplicationId application = new ApplicationId(UUID.randomUUID());

	final AccountId merchant = new AccountId(UUID.randomUUID());

	final Respondent advisor = new Respondent(new AccountId(UUID.randomUUID()), true);

	final Respondent owner = new Respondent(merchant, false);

	final Map<String, StoredAnswer> answers = new HashMap<>();

	final Map<String, StoredNote> notes = new HashMap<>();

	@Test
	void startsForARetainedMerchantWithTheBankAndWhoStartedIt() {
		var started = Diagnostic.start(application, merchant, DiagnosticKind.T0, true, List.of(), BANK, advisor, NOW);

		assertThat(started.row().startedBy()).isEqualTo(new Author(advisor.account().value(), null));
		assertThat(started.row().bankVersion()).isEqualTo(BANK.version());
		assertThat(started.event().diagnosticId().value()).isEqualTo(started.row().id());
		assertThat(started.event().kind()).isEqualTo(DiagnosticKind.T0);
	}

	@Test
	void refusesToStartForAMerchantNotRetainedTwiceTheSameKindOrT1BeforeT0IsComplete() {
		assertThat(keyOf(() -> Diagnostic.start(application, merchant, DiagnosticKind.T0, false, List.of(), BANK,
				advisor, NOW))).isEqualTo("diagnostic.refused.notRetained");
		var t0InProgress = List.of(new Diagnostic.Existing(DiagnosticKind.T0, DiagnosticStatus.IN_PROGRESS));
		assertThat(keyOf(() -> Diagnostic.start(application, merchant, DiagnosticKind.T0, true, t0InProgress, BANK,
				advisor, NOW))).isEqualTo("diagnostic.refused.exists");
		assertThat(keyOf(() -> Diagnostic.start(application, merchant, DiagnosticKind.T1, true, t0InProgress, BANK,
				advisor, NOW))).isEqualTo("diagnostic.refused.t0First");
		var t0Completed = List.of(new Diagnostic.Existing(DiagnosticKind.T0, DiagnosticStatus.COMPLETED));
		assertThat(Diagnostic.start(application, merchant, DiagnosticKind.T1, true, t0Completed, BANK, advisor, NOW)
			.event()
			.kind()).isEqualTo(DiagnosticKind.T1);
	}

	@Test
	void aSaveChangesOnlyTheShownQuestionsWhoseValuesChanged() {
		answer("a-single", 1, "y");
		answer("a-scale", 1, "3");

		var changes = diagnostic(1).save("alpha", List.of("a-single", "a-scale", "a-text"),
				Map.of("a-single", List.of("y"), "a-scale", List.of("4"), "a-text", List.of("Bonjour"),
						"a-number", List.of("12")),
				null, owner);

		assertThat(changes.answers()).containsOnlyKeys("a-scale", "a-text");
		assertThat(changes.answers().get("a-scale")).containsExactly("4");
		assertThat(changes.note()).isNull();
	}

	@Test
	void theNoteCountsOnlyFromStaffAndWhenItChanged() {
		notes.put("alpha", new StoredNote("alpha", "Déjà dit", 1, new Author(null, "Anne"), NOW));

		assertThat(diagnostic(1).save("alpha", List.of(), Map.of(), "Nouvelle note", owner).note()).isNull();
		assertThat(diagnostic(1).save("alpha", List.of(), Map.of(), "Déjà dit\r\n", advisor).none()).isTrue();
		assertThat(diagnostic(1).save("alpha", List.of(), Map.of(), " Nouvelle note ", advisor).note())
			.isEqualTo("Nouvelle note");
	}

	@Test
	void refusesInvalidValuesATooLongNoteAndAnyChangeOnceCompleted() {
		var refused = (Refused) catchRefused(() -> diagnostic(1).save("alpha", List.of("a-scale"),
				Map.of("a-scale", List.of("9")), "x".repeat(Diagnostic.NOTE_MAX + 1), advisor));
		assertThat(refused.problems()).extracting(Refused.Problem::field).containsExactly("a-scale", "note");

		assertThat(keyOf(() -> completed().save("alpha", List.of(), Map.of(), null, advisor)))
			.isEqualTo("diagnostic.refused.completed");
	}

	@Test
	void conflictsAreTheChangedAnswersSomeoneElseSavedAfterThePageWasShown() {
		answer("a-single", 3, "z"); // saved by someone else after version 2
		answer("a-scale", 1, "2"); // saved before the page was shown
		Diagnostic diagnostic = diagnostic(3);
		var changes = diagnostic.save("alpha", List.of("a-single", "a-scale"),
				Map.of("a-single", List.of("x"), "a-scale", List.of("5")), null, owner);

		assertThat(diagnostic.conflicts(changes, 2)).extracting(c -> c.question().id()).containsExactly("a-single");
		assertThat(diagnostic.conflicts(changes, 3)).isEmpty();
		var elsewhere = diagnostic.save("alpha", List.of("a-scale"), Map.of("a-scale", List.of("5")), null, owner);
		assertThat(diagnostic.conflicts(elsewhere, 2)).isEmpty();
	}

	@Test
	void onlyStaffCompleteAndOnlyOnceEveryRequiredQuestionShownIsAnswered() {
		assertThat(keyOf(() -> diagnostic(1).complete(owner, NOW, Locale.FRENCH)))
			.isEqualTo("diagnostic.refused.staffCompletes");
		var missing = (Refused) catchRefused(() -> diagnostic(1).complete(advisor, NOW, Locale.FRENCH));
		assertThat(missing.problems()).extracting(Refused.Problem::messageKey)
			.containsOnly("diagnostic.complete.missing");
		List<String> required = missing.problems().stream().map(Refused.Problem::field).toList();
		assertThat(required).isNotEmpty().doesNotContain("a-conditional", "a-text");

		answer("a-single", 1, "y");
		answer("a-multiple", 1, "p", "q");
		answer("a-scale", 1, "4");
		answer("a-number", 1, "3");
		answer("b-apn", 1, Answer.ALREADY);
		var completion = diagnostic(1).complete(advisor, NOW, Locale.FRENCH);

		assertThat(completion.event().overall()).isEqualTo(completion.scores().overall());
		assertThat(completion.event().completedAt()).isEqualTo(NOW);
		assertThat(keyOf(() -> completed().complete(advisor, NOW, Locale.FRENCH)))
			.isEqualTo("diagnostic.refused.completed");
	}

	private void answer(String question, long revision, String... values) {
		answers.put(question, new StoredAnswer(question, List.of(values), revision,
				new Author(UUID.randomUUID(), null), false, NOW));
	}

	private Diagnostic diagnostic(long version) {
		return new Diagnostic(row(DiagnosticStatus.IN_PROGRESS, version), BANK, answers, notes);
	}

	private Diagnostic completed() {
		return new Diagnostic(row(DiagnosticStatus.COMPLETED, 5), BANK, answers, notes);
	}

	private DiagnosticRow row(DiagnosticStatus status, long version) {
		return new DiagnosticRow(UUID.randomUUID(), application.value(), merchant.value(), "T0", BANK.version(), 1,
				status.name(), version, NOW, new Author(advisor.account().value(), null), null, null, null);
	}

	private static Throwable catchRefused(Runnable change) {
		try {
			change.run();
		}
		catch (DiagnosticRefused refused) {
			return refused;
		}
		throw new AssertionError("not refused");
	}

	private static String keyOf(Runnable change) {
		return ((Refused) catchRefused(change)).problems().get(0).messageKey();
	}

}
