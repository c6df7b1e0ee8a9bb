package ca.pignon.diagnostic;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import ca.pignon.platform.Refused;
import ca.pignon.diagnostic.internal.BankCatalogue;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static ca.pignon.diagnostic.DiagnosticFixture.respondent;
import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DiagnosticSpringTest
@RecordApplicationEvents
class DiagnosticWorkflowTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationContext context;

	@Autowired
	DiagnosticManagement diagnostics;

	@Autowired
	DiagnosticReader reader;

	DiagnosticFixture fixture;

	PignonUser advisor;

	ApplicationDetails merchant;

	PignonUser merchantUser;

	@BeforeEach
	void aRetainedMerchantAndTheirAdvisor() {
		fixture = new DiagnosticFixture(context);
		fixture.reset();
		advisor = fixture.staff("Anne Tremblay", Role.ADVISOR);
		merchant = fixture.retained(advisor, "Boulangerie Arc-en-ciel").get(0);
		merchantUser = fixture.merchantUser(merchant);
	}

	@Test
	void onlyARetainedMerchantGetsADiagnostic() {
		// given an eligible application that was never decided
		ApplicationDetails waiting = ApplicationFixture.anApplication(fixture.intake).named("Épicerie en attente").submit();
		// then
		assertThatThrownBy(() -> diagnostics.start(waiting.id(), DiagnosticKind.T0, respondent(advisor), FRENCH))
			.isInstanceOf(DiagnosticRefused.class)
			.extracting(e -> ((DiagnosticRefused) e).problems().get(0).messageKey())
			.isEqualTo("diagnostic.refused.notRetained");
	}

	@Test
	void theMerchantFillsPartAloneAndEveryAnswerIsKeptServerSide() {
		// given
		DiagnosticSummary started = diagnostics.start(merchant.id(), DiagnosticKind.T0, respondent(merchantUser), FRENCH);
		QuestionBank bank = diagnostics.bank(started.bankVersion());
		// when the merchant answers the first dimension
		fixture.answer(started.id(), "goals", fixture.answersAt(bank, "goals", true), merchantUser);
		// then a later visit (any device) finds the answers, by whom
		DimensionSheet sheet = reader.sheet(started.id(), "goals", false, FRENCH);
		assertThat(sheet.questions()).allSatisfy(view -> {
			assertThat(view.answered()).isTrue();
			assertThat(view.answeredBy()).isEqualTo(merchantUser.displayName());
		});
		assertThat(sheet.note()).as("the merchant never sees notes").isNull();
		assertThat(diagnostics.summary(started.id()).answered()).isEqualTo(bank.dimension("goals").orElseThrow().questions().size());
		assertThat(started.bankVersion()).isEqualTo(diagnostics.currentBank().version());
		assertThat(started.formulaVersion()).isEqualTo(ca.pignon.diagnostic.internal.Scoring.FORMULA_VERSION);
	}

	@Test
	void twoPeopleSavingTheSamePageAtOnceNeverOverwriteEachOtherSilently() {
		// given the merchant and the advisor both open the goals page at the same version
		DiagnosticSummary started = diagnostics.start(merchant.id(), DiagnosticKind.T0, respondent(merchantUser), FRENCH);
		long shownVersion = started.version();
		List<String> shown = List.of("goals-written", "goals-budget");
		// when the advisor saves first, then the merchant saves the same question differently
		diagnostics.save(started.id(), "goals", shown, Map.of("goals-written", List.of(Answer.ALREADY)), null,
				shownVersion, respondent(advisor), FRENCH);
		// then the merchant's save is refused with what changed, and the advisor's answer stays
		assertThatThrownBy(() -> diagnostics.save(started.id(), "goals", shown,
				Map.of("goals-written", List.of(Answer.NO)), null, shownVersion, respondent(merchantUser), FRENCH))
			.isInstanceOfSatisfying(DiagnosticConflict.class, conflict -> {
				assertThat(conflict.changes()).singleElement().satisfies(change -> {
					assertThat(change.field()).isEqualTo("goals-written");
					assertThat(change.value()).isEqualTo("Déjà");
					assertThat(change.by()).isEqualTo(advisor.displayName());
				});
				assertThat(conflict.currentVersion()).isGreaterThan(shownVersion);
			});
		assertThat(reader.sheet(started.id(), "goals", true, FRENCH).questions().get(1).values())
			.containsExactly(Answer.ALREADY);
	}

	@Test
	void savingAnotherQuestionOfAnOlderPageKeepsWhatTheOtherPersonSaved() {
		DiagnosticSummary started = diagnostics.start(merchant.id(), DiagnosticKind.T0, respondent(merchantUser), FRENCH);
		long shownVersion = started.version();
		List<String> shown = List.of("goals-written", "goals-budget");
		diagnostics.save(started.id(), "goals", shown, Map.of("goals-written", List.of(Answer.ALREADY)), null,
				shownVersion, respondent(advisor), FRENCH);
		// when the merchant, on the older page, answers only the budget (the written goals unchanged on their page)
		diagnostics.save(started.id(), "goals", List.of("goals-budget"), Map.of("goals-budget", List.of("under-50")),
				null, shownVersion, respondent(merchantUser), FRENCH);
		// then both answers are kept
		var sheet = reader.sheet(started.id(), "goals", true, FRENCH);
		assertThat(sheet.questions().stream().filter(QuestionView::answered).map(v -> v.question().id()))
			.contains("goals-written", "goals-budget");
	}

	@Test
	void invalidAnswersAreRefusedAndNothingOfThePageIsSaved() {
		DiagnosticSummary started = diagnostics.start(merchant.id(), DiagnosticKind.T0, respondent(advisor), FRENCH);
		assertThatThrownBy(() -> diagnostics.save(started.id(), "skills", List.of("skills-comfort", "skills-hours"),
				Map.of("skills-comfort", List.of("4"), "skills-hours", List.of("beaucoup")), null, started.version(),
				respondent(advisor), FRENCH))
			.isInstanceOfSatisfying(DiagnosticRefused.class, refused -> assertThat(refused.problems())
				.extracting(Refused.Problem::field, Refused.Problem::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("skills-hours", "diagnostic.answer.number")));
		assertThat(diagnostics.summary(started.id()).answered()).isZero();
	}

	@Test
	void completingNamesEveryRequiredQuestionStillUnanswered() {
		DiagnosticSummary started = diagnostics.start(merchant.id(), DiagnosticKind.T0, respondent(advisor), FRENCH);
		QuestionBank bank = diagnostics.bank(started.bankVersion());
		for (Dimension dimension : bank.dimensions()) {
			if (!dimension.id().equals("security")) {
				fixture.answer(started.id(), dimension.id(), fixture.answersAt(bank, dimension.id(), false), advisor);
			}
		}
		// when
		assertThatThrownBy(() -> diagnostics.complete(started.id(), respondent(advisor), FRENCH))
			.isInstanceOfSatisfying(DiagnosticRefused.class, refused -> assertThat(refused.problems())
				.extracting(Refused.Problem::field)
				.containsExactlyElementsOf(bank.dimension("security").orElseThrow().questions().stream()
					.filter(Question::required).map(Question::id).toList()));
		// and the merchant cannot complete it at all
		assertThatThrownBy(() -> diagnostics.complete(started.id(), respondent(merchantUser), FRENCH))
			.isInstanceOf(DiagnosticRefused.class);
	}

	@Test
	void aCompletedDiagnosticsScoresAreReproducibleFromItsStoredAnswers() {
		// given
		DiagnosticId id = fixture.completed(merchant.id(), advisor, Set.of("website", "social"));
		// when
		Map<String, Integer> stored = diagnostics.storedScores(id);
		Scores recomputed = diagnostics.scores(id);
		// then
		recomputed.dimensions().forEach(score -> assertThat(stored.get(score.dimensionId())).as(score.dimensionId())
			.isEqualTo(score.score()));
		assertThat(diagnostics.summary(id).overall()).isEqualTo(recomputed.overall());
		assertThat(stored.get("website")).isEqualTo(100);
		assertThat(stored.get("goals")).isZero();
		// and the action plan hears of it
		assertThat(events.stream(DiagnosticCompleted.class)).singleElement().satisfies(completed -> {
			assertThat(completed.diagnosticId()).isEqualTo(id);
			assertThat(completed.applicationId()).isEqualTo(merchant.id());
			assertThat(completed.kind()).isEqualTo(DiagnosticKind.T0);
			assertThat(completed.overall()).isEqualTo(recomputed.overall());
			assertThat(completed.bankVersion()).isEqualTo(diagnostics.summary(id).bankVersion());
		});
		// and it is closed to changes
		assertThatThrownBy(() -> fixture.answer(id, "goals", Map.of("goals-written", List.of(Answer.ALREADY)), advisor))
			.isInstanceOf(DiagnosticRefused.class);
	}

	@Test
	void theEndDiagnosticStartsOnlyOnceTheStartingOneIsComplete() {
		DiagnosticSummary t0 = diagnostics.start(merchant.id(), DiagnosticKind.T0, respondent(advisor), FRENCH);
		assertThatThrownBy(() -> diagnostics.start(merchant.id(), DiagnosticKind.T1, respondent(advisor), FRENCH))
			.isInstanceOf(DiagnosticRefused.class);
		assertThatThrownBy(() -> diagnostics.start(merchant.id(), DiagnosticKind.T0, respondent(advisor), FRENCH))
			.isInstanceOf(DiagnosticRefused.class);
		QuestionBank bank = diagnostics.bank(t0.bankVersion());
		for (Dimension dimension : bank.dimensions()) {
			fixture.answer(t0.id(), dimension.id(), fixture.answersAt(bank, dimension.id(), false), advisor);
		}
		diagnostics.complete(t0.id(), respondent(advisor), FRENCH);
		// without an approved plan carried out long or far enough, the end diagnostic does not open by itself
		assertThat(diagnostics.t1OpeningOf(merchant.id()).open()).isFalse();
		assertThatThrownBy(() -> diagnostics.start(merchant.id(), DiagnosticKind.T1, respondent(advisor), FRENCH))
			.isInstanceOfSatisfying(DiagnosticRefused.class, refused -> assertThat(refused.problems().get(0).messageKey())
				.isEqualTo("diagnostic.refused.t1NotYet"));
		// an advisor may not open it early; a manager may, with a reason, which is kept
		assertThatThrownBy(() -> diagnostics.startT1Early(merchant.id(), "Départ", advisor, FRENCH))
			.isInstanceOf(DiagnosticRefused.class);
		PignonUser manager = fixture.staff("Gestion", Role.MANAGER);
		assertThatThrownBy(() -> diagnostics.startT1Early(merchant.id(), "   ", manager, FRENCH))
			.isInstanceOfSatisfying(DiagnosticRefused.class, refused -> assertThat(refused.problems().get(0).field())
				.isEqualTo("reason"));
		DiagnosticSummary t1 = diagnostics.startT1Early(merchant.id(), "Le commerce déménage hors du territoire.",
				manager, FRENCH);
		assertThat(t1.kind()).isEqualTo(DiagnosticKind.T1);
		assertThat(t1.formulaVersion()).isEqualTo(t0.formulaVersion());
		assertThat(fixture.jdbc.sql("SELECT opened_early_reason FROM diagnostic_assessment WHERE id = :id")
			.param("id", t1.id().value())
			.query(String.class)
			.single()).isEqualTo("Le commerce déménage hors du territoire.");
	}

	@Test
	void theEndDiagnosticStartsFromTheStartingAnswersForTheMerchantToConfirmOrChange() {
		DiagnosticSummary t0 = diagnostics.summary(fixture.completed(merchant.id(), advisor, Set.of("website")));
		DiagnosticSummary t1 = diagnostics.startT1Early(merchant.id(), "Fin anticipée",
				fixture.staff("Gestion", Role.MANAGER), FRENCH);
		Map<String, List<String>> before = answersOf(t0.id());
		assertThat(before).isNotEmpty();
		assertThat(answersOf(t1.id())).isEqualTo(before);
		assertThat(diagnostics.summary(t1.id()).answered()).isEqualTo(diagnostics.summary(t0.id()).answered());
	}

	private Map<String, List<String>> answersOf(DiagnosticId id) {
		Map<String, List<String>> answers = new java.util.TreeMap<>();
		fixture.jdbc.sql("SELECT question_id, answer_values FROM diagnostic_answer WHERE diagnostic_id = :id")
			.param("id", id.value())
			.query((rs, n) -> Map.entry(rs.getString(1), List.of(rs.getString(2))))
			.list()
			.forEach(e -> answers.put(e.getKey(), e.getValue()));
		return answers;
	}

	@Test
	void aNewBankVersionLeavesEarlierVersionsAndTheirDiagnosticsUntouched() {
		// given a diagnostic started on the current version
		DiagnosticSummary started = diagnostics.start(merchant.id(), DiagnosticKind.T0, respondent(advisor), FRENCH);
		int before = started.bankVersion();
		String beforeSource = diagnostics.bankSource(before);
		// when a manager publishes a version with one more question
		String edited = BankCatalogue.shippedSource().replace("      - id: skills-wish\n", """
				      - id: skills-mentor
				        type: already-planned-no
				        text: {fr: "Avez-vous un mentor ?", en: "Do you have a mentor?"}
				      - id: skills-wish
				""");
		BankPreview preview = diagnostics.previewBank(edited);
		assertThat(preview.valid()).isTrue();
		assertThat(preview.added()).containsExactly("skills-mentor");
		int published = diagnostics.publishBank(edited, "Mentorat", respondent(fixture.staff("Hélène", Role.MANAGER)));
		// then the earlier version is unchanged, the started diagnostic keeps it, and the next one uses the new one
		assertThat(published).isEqualTo(diagnostics.bankVersions().get(0).version()).isGreaterThan(before);
		assertThat(diagnostics.bankSource(before)).isEqualTo(beforeSource);
		assertThat(diagnostics.summary(started.id()).bankVersion()).isEqualTo(before);
		assertThat(reader.sheet(started.id(), "skills", true, FRENCH).questions())
			.noneMatch(view -> view.question().id().equals("skills-mentor"));
		ApplicationDetails other = fixture.retained(advisor, "Fleuriste des Tanneurs").get(0);
		DiagnosticSummary next = diagnostics.start(other.id(), DiagnosticKind.T0, respondent(advisor), FRENCH);
		assertThat(next.bankVersion()).isEqualTo(published);
		// and the database itself refuses to change a published version
		assertThatThrownBy(() -> fixture.jdbc
			.sql("UPDATE platform_document SET source = 'x' WHERE kind = 'diagnostic.bank' AND version = :v")
			.param("v", before)
			.update()).hasMessageContaining("never changes");
	}

	@Test
	void anInvalidBankIsNeverPublished() {
		int latest = diagnostics.bankVersions().get(0).version();
		assertThatThrownBy(() -> diagnostics.publishBank("dimensions: [", "", respondent(advisor)))
			.isInstanceOf(DiagnosticRefused.class);
		assertThat(diagnostics.bankVersions().get(0).version()).isEqualTo(latest);
	}

}
