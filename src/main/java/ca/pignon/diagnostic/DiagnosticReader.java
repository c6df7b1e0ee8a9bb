package ca.pignon.diagnostic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.diagnostic.internal.AnswerRules;
import ca.pignon.diagnostic.internal.Author;
import ca.pignon.diagnostic.internal.BankCatalogue;
import ca.pignon.diagnostic.internal.DiagnosticRow;
import ca.pignon.diagnostic.internal.DiagnosticSettings;
import ca.pignon.diagnostic.internal.Diagnostics;
import ca.pignon.diagnostic.internal.Peers;
import ca.pignon.diagnostic.internal.Results;
import ca.pignon.diagnostic.internal.SkipLogic;
import ca.pignon.diagnostic.internal.StoredAnswer;
import ca.pignon.diagnostic.internal.StoredNote;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.People;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * What the diagnostic's pages, the action plan and the follow-up read: where a diagnostic stands, a dimension's page,
 * the result, answers in words, with the names of who answered looked up when shown. It changes nothing; who may read
 * which diagnostic is the dossier's access rule, asked by the pages.
 */
@Service
@Transactional(readOnly = true)
public class DiagnosticReader {

	private static final Logger log = LoggerFactory.getLogger(DiagnosticReader.class);

	private final Diagnostics diagnostics;

	private final BankCatalogue banks;

	private final DossierManagement dossiers;

	private final ObjectProvider<DiagnosticHints> hints;

	private final People people;

	private final MessageSource messages;

	private final DiagnosticSettings settings;

	DiagnosticReader(Diagnostics diagnostics, BankCatalogue banks, DossierManagement dossiers,
			ObjectProvider<DiagnosticHints> hints, People people, MessageSource messages, DiagnosticSettings settings) {
		this.diagnostics = diagnostics;
		this.banks = banks;
		this.dossiers = dossiers;
		this.hints = hints;
		this.people = people;
		this.messages = messages;
		this.settings = settings;
	}

	public List<DiagnosticSummary> diagnosticsOf(ApplicationId application) {
		return diagnostics.ofApplication(application.value()).stream().map(row -> summary(load(row))).toList();
	}

	public DiagnosticSummary summary(DiagnosticId id) {
		return summary(load(id));
	}

	/** A dimension's page: the questions the skip logic shows, answers or suggestions, the note for staff. */
	public DimensionSheet sheet(DiagnosticId id, String dimensionId, boolean staff, Locale locale) {
		Diagnostic diagnostic = load(id);
		QuestionBank bank = diagnostic.bank();
		Dimension dimension = bank.dimension(dimensionId).orElseThrow(NotFound::new);
		Map<String, Answer> answers = diagnostic.answers();
		Set<String> shown = SkipLogic.shown(bank, answers);
		Map<String, AnswerHint> suggestions = diagnostic.completed() ? Map.of()
				: hintsFor(new ApplicationId(diagnostic.row().applicationId()), bank, locale);
		Map<String, StoredAnswer> stored = diagnostic.stored();
		Map<Author, String> names = names(stored.values().stream().map(StoredAnswer::by).toList(), locale);
		List<QuestionView> views = new ArrayList<>();
		for (Question question : dimension.questions()) {
			if (!shown.contains(question.id())) {
				continue;
			}
			StoredAnswer answer = stored.get(question.id());
			if (answer != null) {
				views.add(new QuestionView(question, answer.values(), true, null, names.get(answer.by())));
			}
			else {
				AnswerHint hint = suggestions.get(question.id());
				views.add(new QuestionView(question, hint == null ? List.of() : hint.suggestedValues(), false, hint,
						null));
			}
		}
		List<Dimension> all = bank.dimensions();
		int position = all.indexOf(dimension);
		StoredNote note = staff ? diagnostic.notes().get(dimensionId) : null;
		return new DimensionSheet(summary(diagnostic), dimension, position + 1, all.size(), List.copyOf(views),
				note == null ? null : note.note(), progress(bank, answers, shown, locale),
				position == 0 ? null : all.get(position - 1).id(),
				position == all.size() - 1 ? null : all.get(position + 1).id());
	}

	/**
	 * The result of a completed diagnostic: scores, strengths, gaps and the peer groups; with every answer and note
	 * when {@code staff}.
	 */
	public DiagnosticResult result(DiagnosticId id, boolean staff, Locale locale) {
		Diagnostic diagnostic = load(id);
		if (!diagnostic.completed()) {
			throw DiagnosticRefused.because("diagnostic.refused.notCompleted");
		}
		QuestionBank bank = diagnostic.bank();
		Map<String, Answer> answers = diagnostic.answers();
		Scores scores = diagnostic.scores();
		List<DimensionResult> dimensions = Results.dimensions(bank, scores, answers, locale);
		DiagnosticRow row = diagnostic.row();
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
		return new DiagnosticResult(summary(diagnostic), scores, scores.level(), dimensions,
				Results.strengths(dimensions), Results.gaps(bank, dimensions, settings.maxGaps()), List.copyOf(peers),
				staff ? answerLines(diagnostic, locale) : List.of());
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

	/** What someone else changed since the page was shown, in words, for the page to list. */
	DiagnosticConflict conflict(long currentVersion, List<Diagnostic.Conflict> conflicts, Locale locale) {
		Map<Author, String> names = names(conflicts.stream()
			.map(c -> c.answer() != null ? c.answer().by() : Objects.requireNonNull(c.note()).by())
			.toList(), locale);
		return new DiagnosticConflict(currentVersion, conflicts.stream().map(c -> {
			if (c.answer() != null && c.question() != null) {
				return new DiagnosticConflict.Change(c.question().id(), c.question().text().in(locale),
						display(c.question(), c.answer().values(), locale), names.get(c.answer().by()), c.answer().at());
			}
			StoredNote note = Objects.requireNonNull(c.note());
			return new DiagnosticConflict.Change("note", messages.getMessage("diagnostic.sheet.note", null, locale),
					note.note(), names.get(note.by()), note.at());
		}).toList());
	}

	Diagnostic load(DiagnosticId id) {
		return load(diagnostics.find(id.value()).orElseThrow(NotFound::new));
	}

	/** The diagnostic, its row locked until the transaction ends: changes to one diagnostic happen one at a time. */
	Diagnostic lock(DiagnosticId id) {
		return load(diagnostics.lock(id.value()).orElseThrow(NotFound::new));
	}

	private Diagnostic load(DiagnosticRow row) {
		return new Diagnostic(row, banks.version(row.bankVersion()), diagnostics.answers(row.id()),
				diagnostics.notes(row.id()));
	}

	DiagnosticSummary summary(Diagnostic diagnostic) {
		DiagnosticRow row = diagnostic.row();
		Map<String, Answer> answers = diagnostic.answers();
		Set<String> shown = SkipLogic.shown(diagnostic.bank(), answers);
		int answered = (int) shown.stream().filter(answers::containsKey).count();
		Author completer = row.completedBy();
		// in the language of the request being answered, as People says
		String completedBy = completer == null ? null
				: completer.account() == null && completer.legacyName() != null ? completer.legacyName()
						: people.nameOf(completer.actor());
		return new DiagnosticSummary(diagnostic.id(), new ApplicationId(row.applicationId()),
				new AccountId(row.merchantAccount()),
				dossiers.find(new ApplicationId(row.applicationId())).map(Dossier::businessName).orElse(""),
				DiagnosticKind.valueOf(row.kind()), DiagnosticStatus.valueOf(row.status()), row.bankVersion(),
				row.formulaVersion(), row.version(), row.startedAt(), row.completedAt(), completedBy, row.overall(),
				answered, shown.size());
	}

	private List<Map<String, Integer>> peerScores(List<ApplicationId> peers, DiagnosticRow row) {
		return diagnostics.peerScores(peers.stream().map(ApplicationId::value).toList(), row.kind(),
				row.formulaVersion(), row.applicationId());
	}

	private List<DimensionAnswers> answerLines(Diagnostic diagnostic, Locale locale) {
		QuestionBank bank = diagnostic.bank();
		Map<String, StoredAnswer> stored = diagnostic.stored();
		Map<Author, String> names = names(stored.values().stream().map(StoredAnswer::by).toList(), locale);
		Set<String> shown = SkipLogic.shown(bank, diagnostic.answers());
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
						answer == null ? null : names.get(answer.by())));
			}
			StoredNote note = diagnostic.notes().get(dimension.id());
			all.add(new DimensionAnswers(dimension.id(), dimension.title().in(locale), List.copyOf(lines),
					note == null ? null : note.note()));
		}
		return all;
	}

	/** The names of these authors, in one query: an account's current name, else the legacy name, else Pignon. */
	private Map<Author, String> names(Collection<Author> authors, Locale locale) {
		Map<AccountId, String> accounts = people.namesOf(authors.stream()
			.map(Author::account)
			.filter(Objects::nonNull)
			.map(AccountId::new)
			.distinct()
			.toList(), locale);
		Map<Author, String> names = new HashMap<>();
		for (Author author : authors) {
			names.put(author, author.account() != null ? accounts.get(new AccountId(author.account()))
					: author.legacyName() != null ? author.legacyName() : people.nameOf(author.actor(), locale));
		}
		return names;
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
