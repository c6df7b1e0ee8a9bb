package ca.pignon.diagnostic;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.SelectionOutcome;
import ca.pignon.diagnostic.internal.AnswerRules;
import ca.pignon.diagnostic.internal.BankCatalogue;
import ca.pignon.diagnostic.internal.DiagnosticRow;
import ca.pignon.diagnostic.internal.DiagnosticSettings;
import ca.pignon.diagnostic.internal.Diagnostics;
import ca.pignon.diagnostic.internal.Peers;
import ca.pignon.diagnostic.internal.Results;
import ca.pignon.diagnostic.internal.Scoring;
import ca.pignon.diagnostic.internal.SkipLogic;
import ca.pignon.diagnostic.internal.StoredAnswer;
import ca.pignon.diagnostic.internal.StoredNote;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.NotFound;
import ca.pignon.shared.AccountId;

/**
 * The diagnostic's API: the question bank's versions, starting a diagnostic for a retained merchant, saving a
 * dimension's answers (optimistic locking per answer), completing it, and its result. Who may see which diagnostic is
 * the pages' business (the merchant their own, an advisor their caseload, managers all).
 */
@Service
@Transactional
public class DiagnosticManagement {

	private static final Logger log = LoggerFactory.getLogger(DiagnosticManagement.class);

	private final BankCatalogue banks;

	private final Diagnostics diagnostics;

	private final DossierManagement dossiers;

	private final ObjectProvider<DiagnosticHints> hints;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final DiagnosticSettings settings;

	private final Clock clock;

	DiagnosticManagement(BankCatalogue banks, Diagnostics diagnostics, DossierManagement dossiers,
			ObjectProvider<DiagnosticHints> hints, ApplicationEventPublisher events, MessageSource messages,
			DiagnosticSettings settings, Clock clock) {
		this.banks = banks;
		this.diagnostics = diagnostics;
		this.dossiers = dossiers;
		this.hints = hints;
		this.events = events;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	// --- the question bank -----------------------------------------------------------------------------------------

	public QuestionBank currentBank() {
		return banks.current();
	}

	@Transactional(readOnly = true)
	public QuestionBank bank(int version) {
		return banks.bank(version);
	}

	public List<BankVersion> bankVersions() {
		return banks.published().stream().map(p -> {
			QuestionBank bank = banks.bank(p.version());
			return new BankVersion(p.version(), p.publishedAt(), p.publishedBy(), p.note(), bank.dimensions().size(),
					bank.questions().size(), p.current());
		}).toList();
	}

	@Transactional(readOnly = true)
	public String bankSource(int version) {
		return banks.source(version);
	}

	/**
	 * Checks a bank file without publishing it, as publishing would (the action catalogue in use included): the bank
	 * it would be, or its problems, and what it changes.
	 */
	public BankPreview previewBank(String source) {
		var preview = banks.preview(source);
		if (!preview.valid()) {
			return new BankPreview(null, BankCatalogue.problems(preview.problems()), List.of(), List.of());
		}
		Set<String> before = ids(preview.current());
		Set<String> after = ids(preview.document());
		return new BankPreview(preview.document(), List.of(),
				after.stream().filter(id -> !before.contains(id)).toList(),
				before.stream().filter(id -> !after.contains(id)).toList());
	}

	/** Publishes a checked bank file as the next version; diagnostics started from now on use it. */
	public int publishBank(String source, String note, Respondent by) {
		return publishBank(source, note, null, by);
	}

	/**
	 * Publishes a bank file as the next version, refused when a colleague published another since {@code basedOn}
	 * (the version the manager previewed against), or when the action catalogue in use would miss what it removes.
	 */
	public int publishBank(String source, String note, @Nullable Integer basedOn, Respondent by) {
		int version = banks.publish(source, note, by.account(), basedOn);
		events.publishEvent(new QuestionBankPublished(version, by.name(), clock.instant()));
		return version;
	}

	private static Set<String> ids(QuestionBank bank) {
		return new java.util.LinkedHashSet<>(bank.questions().stream().map(Question::id).toList());
	}

	// --- diagnostics -----------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<DiagnosticSummary> diagnosticsOf(ApplicationId application) {
		return diagnostics.ofApplication(application.value()).stream().map(this::summary).toList();
	}

	@Transactional(readOnly = true)
	public DiagnosticSummary summary(DiagnosticId id) {
		return summary(row(id));
	}

	/** Whether the merchant of this application is retained by selection, so that a diagnostic can be started. */
	@Transactional(readOnly = true)
	public boolean isRetained(ApplicationId application, Locale locale) {
		return dossiers.find(application).map(dossier -> dossier.outcome() == SelectionOutcome.RETAINED).orElse(false);
	}

	/**
	 * Starts the T0 diagnostic of a retained merchant, or the T1 once T0 is complete, with the current bank.
	 */
	public DiagnosticSummary start(ApplicationId application, DiagnosticKind kind, Respondent by, Locale locale) {
		Dossier dossier = dossiers.get(application);
		if (!isRetained(application, locale)) {
			throw DiagnosticRefused.because("diagnostic.refused.notRetained");
		}
		List<DiagnosticRow> existing = diagnostics.ofApplication(application.value());
		if (existing.stream().anyMatch(row -> row.kind().equals(kind.name()))) {
			throw DiagnosticRefused.because("diagnostic.refused.exists");
		}
		if (kind == DiagnosticKind.T1 && existing.stream()
			.noneMatch(row -> row.kind().equals("T0") && row.status().equals(DiagnosticStatus.COMPLETED.name()))) {
			throw DiagnosticRefused.because("diagnostic.refused.t0First");
		}
		QuestionBank bank = banks.current();
		Instant now = clock.instant();
		var row = new DiagnosticRow(UUID.randomUUID(), application.value(), dossier.merchant().value(), kind.name(), bank.version(), Scoring.FORMULA_VERSION,
				DiagnosticStatus.IN_PROGRESS.name(), 0, now, by.name(), null, null, null);
		diagnostics.insert(row);
		var id = new DiagnosticId(row.id());
		events.publishEvent(new DiagnosticStarted(application, id, kind, bank.version(), now));
		return summary(id);
	}

	/** A dimension's page: the questions the skip logic shows, answers or suggestions, the note for staff. */
	@Transactional(readOnly = true)
	public DimensionSheet sheet(DiagnosticId id, String dimensionId, boolean staff, Locale locale) {
		DiagnosticRow row = row(id);
		QuestionBank bank = banks.bank(row.bankVersion());
		Dimension dimension = bank.dimension(dimensionId).orElseThrow(NotFound::new);
		Map<String, StoredAnswer> stored = diagnostics.answers(row.id());
		Map<String, Answer> answers = answersOf(stored);
		Set<String> shown = SkipLogic.shown(bank, answers);
		Map<String, AnswerHint> suggestions = row.status().equals(DiagnosticStatus.COMPLETED.name()) ? Map.of()
				: hintsFor(new ApplicationId(row.applicationId()), bank, locale);
		List<QuestionView> views = new ArrayList<>();
		for (Question question : dimension.questions()) {
			if (!shown.contains(question.id())) {
				continue;
			}
			StoredAnswer answer = stored.get(question.id());
			if (answer != null) {
				views.add(new QuestionView(question, answer.values(), true, null, answer.by()));
			}
			else {
				AnswerHint hint = suggestions.get(question.id());
				views.add(new QuestionView(question, hint == null ? List.of() : hint.suggestedValues(), false, hint,
						null));
			}
		}
		List<Dimension> all = bank.dimensions();
		int position = all.indexOf(dimension);
		StoredNote note = staff ? diagnostics.notes(row.id()).get(dimensionId) : null;
		return new DimensionSheet(summary(row), dimension, position + 1, all.size(), List.copyOf(views),
				note == null ? null : note.note(), progress(bank, answers, shown, locale),
				position == 0 ? null : all.get(position - 1).id(),
				position == all.size() - 1 ? null : all.get(position + 1).id());
	}

	/**
	 * Saves a dimension's page. {@code shownQuestions} are the questions the page showed (an unticked question sends
	 * nothing); their values replace the stored ones, an empty one takes the answer back. When someone else changed
	 * one of them (or the note) since {@code expectedVersion}, nothing is saved: {@link DiagnosticConflict} says what
	 * changed. Invalid values: {@link DiagnosticRefused}, nothing saved.
	 */
	public DiagnosticSummary save(DiagnosticId id, String dimensionId, List<String> shownQuestions,
			Map<String, List<String>> values, @Nullable String note, long expectedVersion, Respondent by,
			Locale locale) {
		DiagnosticRow row = diagnostics.lock(id.value()).orElseThrow(NotFound::new);
		if (row.status().equals(DiagnosticStatus.COMPLETED.name())) {
			throw DiagnosticRefused.because("diagnostic.refused.completed");
		}
		QuestionBank bank = banks.bank(row.bankVersion());
		Dimension dimension = bank.dimension(dimensionId).orElseThrow(NotFound::new);
		Map<String, StoredAnswer> stored = diagnostics.answers(row.id());
		List<Problem> problems = new ArrayList<>();
		Map<String, List<String>> changes = new LinkedHashMap<>();
		for (Question question : dimension.questions()) {
			if (!shownQuestions.contains(question.id())) {
				continue;
			}
			List<String> cleaned = AnswerRules.clean(question, values.getOrDefault(question.id(), List.of()),
					problems);
			StoredAnswer before = stored.get(question.id());
			List<String> previous = before == null ? List.of() : before.values();
			if (!previous.equals(cleaned)) {
				changes.put(question.id(), cleaned);
			}
		}
		String cleanNote = note == null ? null : note.replace("\r", "").strip();
		if (cleanNote != null && cleanNote.length() > 4000) {
			problems.add(new Problem("note", "diagnostic.answer.tooLong", List.of(4000)));
		}
		if (!problems.isEmpty()) {
			throw new DiagnosticRefused(problems);
		}
		StoredNote storedNote = diagnostics.notes(row.id()).get(dimensionId);
		boolean noteChanged = by.staff() && cleanNote != null
				&& !cleanNote.equals(storedNote == null ? "" : storedNote.note());
		if (row.version() != expectedVersion) {
			List<DiagnosticConflict.Change> conflicts = conflicts(dimension, stored, changes, storedNote, noteChanged,
					expectedVersion, locale);
			if (!conflicts.isEmpty()) {
				throw new DiagnosticConflict(row.version(), conflicts);
			}
		}
		if (changes.isEmpty() && !noteChanged) {
			return summary(row);
		}
		long revision = diagnostics.nextVersion(row.id());
		Instant now = clock.instant();
		changes.forEach((question, answer) -> diagnostics.saveAnswer(row.id(), question, answer, revision, by.name(),
				by.staff(), now));
		if (noteChanged) {
			diagnostics.saveNote(row.id(), dimensionId, cleanNote, revision, by.name(), now);
		}
		return summary(id);
	}

	private List<DiagnosticConflict.Change> conflicts(Dimension dimension, Map<String, StoredAnswer> stored,
			Map<String, List<String>> changes, @Nullable StoredNote storedNote, boolean noteChanged,
			long expectedVersion, Locale locale) {
		List<DiagnosticConflict.Change> conflicts = new ArrayList<>();
		for (Question question : dimension.questions()) {
			StoredAnswer answer = stored.get(question.id());
			if (answer != null && answer.revision() > expectedVersion && changes.containsKey(question.id())) {
				conflicts.add(new DiagnosticConflict.Change(question.id(), question.text().in(locale),
						display(question, answer.values(), locale), answer.by(), answer.at()));
			}
		}
		if (noteChanged && storedNote != null && storedNote.revision() > expectedVersion) {
			conflicts.add(new DiagnosticConflict.Change("note",
					messages.getMessage("diagnostic.sheet.note", null, locale), storedNote.note(), storedNote.by(),
					storedNote.at()));
		}
		return conflicts;
	}

	/** The required questions shown and still unanswered, in the bank's order. */
	@Transactional(readOnly = true)
	public List<MissingAnswer> missing(DiagnosticId id, Locale locale) {
		DiagnosticRow row = row(id);
		return missing(banks.bank(row.bankVersion()), answersOf(diagnostics.answers(row.id())), locale);
	}

	private static List<MissingAnswer> missing(QuestionBank bank, Map<String, Answer> answers, Locale locale) {
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

	/**
	 * Marks the diagnostic complete (staff, during the meeting): every required question shown must be answered.
	 * Fixes the scores with the sector and area of the merchant for the peer comparison, and publishes
	 * {@link DiagnosticCompleted}.
	 */
	public DiagnosticSummary complete(DiagnosticId id, Respondent by, Locale locale) {
		if (!by.staff()) {
			throw DiagnosticRefused.because("diagnostic.refused.staffCompletes");
		}
		DiagnosticRow row = diagnostics.lock(id.value()).orElseThrow(NotFound::new);
		if (row.status().equals(DiagnosticStatus.COMPLETED.name())) {
			throw DiagnosticRefused.because("diagnostic.refused.completed");
		}
		QuestionBank bank = banks.bank(row.bankVersion());
		Map<String, Answer> answers = answersOf(diagnostics.answers(row.id()));
		List<MissingAnswer> missing = missing(bank, answers, locale);
		if (!missing.isEmpty()) {
			throw new DiagnosticRefused(missing.stream()
				.map(m -> new Problem(m.questionId(), "diagnostic.complete.missing",
						List.of(m.dimensionTitle(), m.question())))
				.toList());
		}
		Scores scores = Scoring.score(bank, answers);
		if (scores.overall() == null) {
			throw DiagnosticRefused.because("diagnostic.refused.nothingScored");
		}
		Map<String, Integer> byDimension = new HashMap<>();
		scores.dimensions().forEach(score -> byDimension.put(score.dimensionId(), score.score()));
		Instant now = clock.instant();
		diagnostics.complete(row.id(), now, by.name(), scores.overall(), byDimension);
		events.publishEvent(new DiagnosticCompleted(new ApplicationId(row.applicationId()), id,
				DiagnosticKind.valueOf(row.kind()), row.bankVersion(), Scoring.FORMULA_VERSION, scores.overall(), now));
		return summary(id);
	}

	/** The scores computed again from the stored answers, with the diagnostic's bank and formula versions. */
	@Transactional(readOnly = true)
	public Scores scores(DiagnosticId id) {
		DiagnosticRow row = row(id);
		return Scoring.score(banks.bank(row.bankVersion()), answersOf(diagnostics.answers(row.id())));
	}

	/**
	 * The answers of the questions the skip logic shows, by question id: what the action plan's triggers read. Answers
	 * to questions that became hidden are left out, as the scores leave them out.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<String>> answers(DiagnosticId id) {
		DiagnosticRow row = row(id);
		Map<String, Answer> answers = answersOf(diagnostics.answers(row.id()));
		Set<String> shown = SkipLogic.shown(banks.bank(row.bankVersion()), answers);
		Map<String, List<String>> values = new LinkedHashMap<>();
		answers.forEach((question, answer) -> {
			if (shown.contains(question)) {
				values.put(question, answer.values());
			}
		});
		return values;
	}

	/** The scores fixed when the diagnostic was completed, by dimension. */
	@Transactional(readOnly = true)
	public Map<String, Integer> storedScores(DiagnosticId id) {
		return diagnostics.scores(row(id).id());
	}

	/**
	 * The result of a completed diagnostic: scores, strengths, gaps and the peer groups; with every answer and note
	 * when {@code staff}.
	 */
	@Transactional(readOnly = true)
	public DiagnosticResult result(DiagnosticId id, boolean staff, Locale locale) {
		DiagnosticRow row = row(id);
		if (!row.status().equals(DiagnosticStatus.COMPLETED.name())) {
			throw DiagnosticRefused.because("diagnostic.refused.notCompleted");
		}
		QuestionBank bank = banks.bank(row.bankVersion());
		Map<String, StoredAnswer> stored = diagnostics.answers(row.id());
		Map<String, Answer> answers = answersOf(stored);
		Scores scores = Scoring.score(bank, answers);
		List<DimensionResult> dimensions = Results.dimensions(bank, scores, answers, locale);
		List<PeerGroup> peers = new ArrayList<>();
		// the peers are those who share the merchant's sector group or program area now, as the dossier says
		Optional<Dossier> dossier = dossiers.find(new ApplicationId(row.applicationId()));
		dossier.flatMap(Dossier::sectorGroup)
			.flatMap(sector -> Peers.group("SECTOR", sector, bank, peerScores(dossiers.inSectorGroup(sector), row),
					settings.peerMinimum()))
			.ifPresent(peers::add);
		dossier.flatMap(Dossier::programArea)
			.flatMap(area -> Peers.group("AREA", area.name(), bank,
					peerScores(dossiers.inProgramArea(area.code()), row), settings.peerMinimum()))
			.ifPresent(peers::add);
		return new DiagnosticResult(summary(row), scores, scores.level(), dimensions, Results.strengths(dimensions),
				Results.gaps(bank, dimensions, settings.maxGaps()), List.copyOf(peers),
				staff ? answers(bank, stored, diagnostics.notes(row.id()), locale) : List.of());
	}

	private List<Map<String, Integer>> peerScores(List<ApplicationId> peers, DiagnosticRow row) {
		return diagnostics.peerScores(peers.stream().map(ApplicationId::value).toList(), row.kind(),
				row.formulaVersion(), row.applicationId());
	}

	private List<DimensionAnswers> answers(QuestionBank bank, Map<String, StoredAnswer> stored,
			Map<String, StoredNote> notes, Locale locale) {
		Set<String> shown = SkipLogic.shown(bank, answersOf(stored));
		List<DimensionAnswers> all = new ArrayList<>();
		for (Dimension dimension : bank.dimensions()) {
			List<AnswerLine> lines = new ArrayList<>();
			for (Question question : dimension.questions()) {
				if (!shown.contains(question.id())) {
					continue;
				}
				StoredAnswer answer = stored.get(question.id());
				lines.add(new AnswerLine(question.text().in(locale),
						answer == null ? messages.getMessage("diagnostic.answer.none", null, locale)
								: display(question, answer.values(), locale),
						answer == null ? null : answer.by()));
			}
			StoredNote note = notes.get(dimension.id());
			all.add(new DimensionAnswers(dimension.id(), dimension.title().in(locale), List.copyOf(lines),
					note == null ? null : note.note()));
		}
		return all;
	}

	/** An answer in words, as the result and the conflicts show it. */
	public String display(Question question, List<String> values, Locale locale) {
		return switch (question.type()) {
			case SINGLE, MULTIPLE -> String.join(" ; ", values.stream()
				.map(value -> question.choice(value).map(choice -> choice.text().in(locale)).orElse(value))
				.toList());
			case SCALE -> messages.getMessage("diagnostic.answer.scaleValue", new Object[] { String.join("", values) },
					locale);
			case ALREADY_PLANNED_NO -> values.isEmpty() ? ""
					: messages.getMessage("diagnostic.apn." + values.get(0), null, values.get(0), locale);
			case NUMBER -> String.join("", values) + (question.unit() == null ? "" : " " + question.unit().in(locale));
			case TEXT -> String.join("", values);
		};
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	private DiagnosticRow row(DiagnosticId id) {
		return diagnostics.find(id.value()).orElseThrow(NotFound::new);
	}

	private DiagnosticSummary summary(DiagnosticRow row) {
		QuestionBank bank = banks.bank(row.bankVersion());
		Map<String, Answer> answers = answersOf(diagnostics.answers(row.id()));
		Set<String> shown = SkipLogic.shown(bank, answers);
		int answered = (int) shown.stream().filter(answers::containsKey).count();
		return new DiagnosticSummary(new DiagnosticId(row.id()), new ApplicationId(row.applicationId()),
				new AccountId(row.merchantAccount()),
				dossiers.find(new ApplicationId(row.applicationId())).map(Dossier::businessName).orElse(""),
				DiagnosticKind.valueOf(row.kind()),
				DiagnosticStatus.valueOf(row.status()), row.bankVersion(), row.formulaVersion(), row.version(),
				row.startedAt(), row.completedAt(), row.completedBy(), row.overall(), answered, shown.size());
	}

	private static Map<String, Answer> answersOf(Map<String, StoredAnswer> stored) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		stored.forEach((id, answer) -> answers.put(id, answer.answer()));
		return answers;
	}

	private static List<DimensionProgress> progress(QuestionBank bank, Map<String, Answer> answers, Set<String> shown,
			Locale locale) {
		return bank.dimensions().stream().map(dimension -> {
			int visible = 0;
			int answered = 0;
			for (Question question : dimension.questions()) {
				if (shown.contains(question.id())) {
					visible++;
					if (answers.containsKey(question.id())) {
						answered++;
					}
				}
			}
			return new DimensionProgress(dimension.id(), dimension.title().in(locale), answered, visible);
		}).toList();
	}

	/** Every hint of every source, kept only when it is a valid answer to a question of this bank. */
	private Map<String, AnswerHint> hintsFor(ApplicationId application, QuestionBank bank, Locale locale) {
		Map<String, AnswerHint> valid = new HashMap<>();
		hints.orderedStream().forEach(source -> {
			List<AnswerHint> suggested;
			try {
				suggested = source.hintsFor(application, locale);
			}
			catch (RuntimeException ex) {
				// a failing source must not stop a person from filling the questionnaire
				log.warn("Hints from {} failed for {}", source.getClass().getName(), application, ex);
				return;
			}
			for (AnswerHint hint : suggested) {
				Optional<Question> question = bank.question(hint.questionId());
				if (question.isEmpty() || valid.containsKey(hint.questionId())) {
					continue;
				}
				List<Problem> problems = new ArrayList<>();
				List<String> cleaned = AnswerRules.clean(question.get(), hint.suggestedValues(), problems);
				if (problems.isEmpty() && !cleaned.isEmpty()) {
					valid.put(hint.questionId(), new AnswerHint(hint.questionId(), cleaned, hint.evidence()));
				}
			}
		});
		return valid;
	}

}
