package ca.pignon.diagnostic;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.diagnostic.internal.Author;
import ca.pignon.diagnostic.internal.BankCatalogue;
import ca.pignon.diagnostic.internal.DiagnosticSettings;
import ca.pignon.diagnostic.internal.Diagnostics;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.PlanProgress;
import ca.pignon.dossier.PlanProgressSource;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.platform.Role;
import ca.pignon.dossier.SelectionOutcome;
import ca.pignon.shared.ApplicationId;

/**
 * The diagnostic's API for changes: the question bank's versions, starting a diagnostic for a retained merchant,
 * saving a dimension's answers (optimistic locking per answer), completing it; and what the action plan reads of it.
 * The rules are the {@link Diagnostic} aggregate's; pages and results are read through {@link DiagnosticReader}. Who may
 * see which diagnostic is the dossier's access rule, asked by the pages.
 */
@Service
@Transactional
public class DiagnosticManagement {

	private final BankCatalogue banks;

	private final Diagnostics diagnostics;

	private final DiagnosticReader reader;

	private final DossierManagement dossiers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final T1OpeningPolicy t1Opening;

	private final ObjectProvider<PlanProgressSource> planProgress;

	DiagnosticManagement(BankCatalogue banks, Diagnostics diagnostics, DiagnosticReader reader,
			DossierManagement dossiers, ApplicationEventPublisher events, Clock clock, DiagnosticSettings settings,
			ObjectProvider<PlanProgressSource> planProgress) {
		this.t1Opening = settings.t1Opening();
		this.planProgress = planProgress;
		this.banks = banks;
		this.diagnostics = diagnostics;
		this.reader = reader;
		this.dossiers = dossiers;
		this.events = events;
		this.clock = clock;
	}

	// --- the question bank -----------------------------------------------------------------------------------------

	public QuestionBank currentBank() {
		return banks.current();
	}

	@Transactional(readOnly = true)
	public QuestionBank bank(int version) {
		return banks.version(version);
	}

	public List<BankVersion> bankVersions() {
		return banks.published().stream().map(p -> {
			QuestionBank bank = banks.version(p.version());
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
		events.publishEvent(new QuestionBankPublished(version, by.account(), clock.instant()));
		return version;
	}

	private static Set<String> ids(QuestionBank bank) {
		return new java.util.LinkedHashSet<>(bank.questions().stream().map(Question::id).toList());
	}

	// --- diagnostics -----------------------------------------------------------------------------------------------

	/** The merchant's diagnostics, T0 first (as {@link DiagnosticReader#diagnosticsOf}). */
	@Transactional(readOnly = true)
	public List<DiagnosticSummary> diagnosticsOf(ApplicationId application) {
		return reader.diagnosticsOf(application);
	}

	/** Where a diagnostic stands (as {@link DiagnosticReader#summary}). */
	@Transactional(readOnly = true)
	public DiagnosticSummary summary(DiagnosticId id) {
		return reader.summary(id);
	}

	/** Whether the merchant of this application is retained by selection, so that a diagnostic can be started. */
	@Transactional(readOnly = true)
	public boolean isRetained(ApplicationId application, Locale locale) {
		return dossiers.find(application).map(dossier -> dossier.outcome() == SelectionOutcome.RETAINED).orElse(false);
	}

	/** Starts the T0 diagnostic of a retained merchant, or the T1 once T0 is complete, with the current bank. */
	public DiagnosticSummary start(ApplicationId application, DiagnosticKind kind, Respondent by, Locale locale) {
		if (kind == DiagnosticKind.T1) {
			T1OpeningPolicy.Opening opening = t1OpeningOf(application);
			if (!opening.open()) {
				throw DiagnosticRefused.because("diagnostic.refused.t1NotYet");
			}
		}
		return insert(application, kind, by, null, locale);
	}

	/**
	 * Whether the end-of-accompaniment diagnostic may start now: after the configured time since the plan's approval,
	 * or once the configured share of its actions is done ({@link T1OpeningPolicy}).
	 */
	@Transactional(readOnly = true)
	public T1OpeningPolicy.Opening t1OpeningOf(ApplicationId application) {
		PlanProgressSource source = planProgress.getIfAvailable();
		PlanProgress progress = source == null ? null : source.planProgressOf(application).orElse(null);
		return t1Opening.check(progress, clock.instant());
	}

	/**
	 * Starts the end-of-accompaniment diagnostic before it opens by itself: a manager's decision, with the reason kept
	 * on the diagnostic (a merchant leaving the program early, for instance).
	 */
	public DiagnosticSummary startT1Early(ApplicationId application, String reason, PignonUser manager,
			Locale locale) {
		if (manager.role() != Role.MANAGER && manager.role() != Role.ADMIN) {
			throw DiagnosticRefused.because("diagnostic.refused.t1EarlyManagers");
		}
		String cleaned = reason == null ? "" : reason.strip();
		if (cleaned.isEmpty() || cleaned.length() > EARLY_REASON_MAX) {
			throw new DiagnosticRefused(List.of(new Problem("reason", "diagnostic.refused.t1EarlyReason", List.of())));
		}
		return insert(application, DiagnosticKind.T1, new Respondent(manager.accountId(), true), cleaned, locale);
	}

	public static final int EARLY_REASON_MAX = 500;

	private DiagnosticSummary insert(ApplicationId application, DiagnosticKind kind, Respondent by,
			@Nullable String earlyReason, Locale locale) {
		Dossier dossier = dossiers.get(application);
		List<Diagnostic.Existing> existing = diagnostics.ofApplication(application.value())
			.stream()
			.map(row -> new Diagnostic.Existing(DiagnosticKind.valueOf(row.kind()),
					DiagnosticStatus.valueOf(row.status())))
			.toList();
		QuestionBank bank = banks.current();
		var started = Diagnostic.start(application, dossier.merchant(), kind, isRetained(application, locale),
				existing, bank, by, clock.instant());
		diagnostics.insert(started.row());
		if (earlyReason != null) {
			diagnostics.openedEarly(started.row().id(), earlyReason, by.account());
		}
		if (kind == DiagnosticKind.T1) {
			carryOverT0Answers(application, started.row().id(), bank);
		}
		events.publishEvent(started.event());
		return reader.summary(started.event().diagnosticId());
	}

	/**
	 * T1 starts from the T0 answers, for the merchant to confirm or change, instead of 45 answers typed again; only
	 * the questions the current bank still asks are carried over, each as it was given.
	 */
	private void carryOverT0Answers(ApplicationId application, UUID t1, QuestionBank bank) {
		Set<String> asked = bank.dimensions()
			.stream()
			.flatMap(dimension -> dimension.questions().stream())
			.map(Question::id)
			.collect(Collectors.toSet());
		diagnostics.ofApplication(application.value())
			.stream()
			.filter(row -> DiagnosticKind.valueOf(row.kind()) == DiagnosticKind.T0)
			.findFirst()
			.ifPresent(t0 -> diagnostics.answers(t0.id())
				.values()
				.stream()
				.filter(answer -> asked.contains(answer.questionId()))
				.forEach(answer -> diagnostics.saveAnswer(t1, answer.questionId(), answer.values(), 0, answer.by(),
						answer.staff(), answer.at())));
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
		Diagnostic diagnostic = reader.lock(id);
		Diagnostic.Changes changes = diagnostic.save(dimensionId, shownQuestions, values, note, by);
		List<Diagnostic.Conflict> conflicts = diagnostic.conflicts(changes, expectedVersion);
		if (!conflicts.isEmpty()) {
			throw reader.conflict(diagnostic.row().version(), conflicts, locale);
		}
		if (changes.none()) {
			return reader.summary(diagnostic);
		}
		long revision = diagnostics.nextVersion(id.value());
		Instant now = clock.instant();
		Author author = Author.of(by.actor());
		changes.answers()
			.forEach((question, answer) -> diagnostics.saveAnswer(id.value(), question, answer, revision, author,
					by.staff(), now));
		if (changes.note() != null) {
			diagnostics.saveNote(id.value(), dimensionId, changes.note(), revision, author, now);
		}
		return reader.summary(id);
	}

	/** The required questions shown and still unanswered, in the bank's order. */
	@Transactional(readOnly = true)
	public List<MissingAnswer> missing(DiagnosticId id, Locale locale) {
		return reader.load(id).missing(locale);
	}

	/**
	 * Marks the diagnostic complete (staff, during the meeting): every required question shown must be answered.
	 * Fixes the scores with the sector and area of the merchant for the peer comparison, and publishes
	 * {@link DiagnosticCompleted}.
	 */
	public DiagnosticSummary complete(DiagnosticId id, Respondent by, Locale locale) {
		Diagnostic diagnostic = reader.lock(id);
		Diagnostic.Completion completion = diagnostic.complete(by, clock.instant(), locale);
		DiagnosticCompleted completed = completion.event();
		diagnostics.complete(id.value(), completed.completedAt(), Author.of(by.actor()), completed.overall(),
				Diagnostic.byDimension(completion.scores()));
		events.publishEvent(completed);
		return reader.summary(id);
	}

	/** The scores computed again from the stored answers, with the diagnostic's bank and formula versions. */
	@Transactional(readOnly = true)
	public Scores scores(DiagnosticId id) {
		return reader.load(id).scores();
	}

	/**
	 * The answers of the questions the skip logic shows, by question id: what the action plan's triggers read. Answers
	 * to questions that became hidden are left out, as the scores leave them out.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<String>> answers(DiagnosticId id) {
		return reader.load(id).shownAnswers();
	}

	/** The scores fixed when the diagnostic was completed, by dimension. */
	@Transactional(readOnly = true)
	public Map<String, Integer> storedScores(DiagnosticId id) {
		return diagnostics.scores(id.value());
	}

}
