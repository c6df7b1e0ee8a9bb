package ca.pignon.plan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticResult;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.diagnostic.LocalizedText;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.Goal;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.plan.internal.CatalogueShelf;
import ca.pignon.plan.internal.Draft;
import ca.pignon.plan.internal.DraftInputs;
import ca.pignon.plan.internal.PlanDrafter;
import ca.pignon.plan.internal.PlanWarnings;
import ca.pignon.plan.internal.Plans;
import ca.pignon.plan.internal.Plans.PlanRow;
import ca.pignon.plan.internal.Plans.VersionRow;
import ca.pignon.platform.Dates;
import ca.pignon.platform.Mailer;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.People;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

/**
 * The action plan's API: the catalogue's versions, drafting a plan from a completed T0 diagnostic, the advisor's edits
 * (each a new version, with optimistic locking), sending, the merchant's approval or request for changes, the document
 * of any version, and the approved plan for carrying it out. Who may see which plan is the pages' business.
 */
@Service
@Transactional
public class PlanManagement {

	private static final int NOTE_MAX = 4000;

	private final CatalogueShelf catalogues;

	private final Plans plans;

	private final DiagnosticManagement diagnostics;

	private final IntakeManagement intake;

	private final DossierManagement dossiers;

	private final ApplicationEventPublisher events;

	private final Mailer mailer;

	private final MessageSource messages;

	private final People people;

	private final Clock clock;

	PlanManagement(CatalogueShelf catalogues, Plans plans, DiagnosticManagement diagnostics, IntakeManagement intake,
			DossierManagement dossiers, ApplicationEventPublisher events, Mailer mailer, MessageSource messages,
			People people, Clock clock) {
		this.people = people;
		this.catalogues = catalogues;
		this.plans = plans;
		this.diagnostics = diagnostics;
		this.intake = intake;
		this.dossiers = dossiers;
		this.events = events;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
	}

	// --- the catalogue ---------------------------------------------------------------------------------------------

	public ActionCatalogue currentCatalogue() {
		return catalogues.current();
	}

	@Transactional(readOnly = true)
	public ActionCatalogue catalogue(int version) {
		return catalogues.catalogue(version);
	}

	public List<CatalogueVersion> catalogueVersions() {
		return catalogues.published()
			.stream()
			.map(p -> new CatalogueVersion(p.version(), p.publishedAt(), p.publishedBy(), p.note(),
					catalogues.catalogue(p.version()).actions().size(), p.current()))
			.toList();
	}

	@Transactional(readOnly = true)
	public String catalogueSource(int version) {
		return catalogues.source(version);
	}

	/** Checks a catalogue file against the question bank in use, without publishing it. */
	public CataloguePreview previewCatalogue(String source) {
		var preview = catalogues.preview(source);
		if (!preview.valid()) {
			return new CataloguePreview(null, CatalogueShelf.problems(preview.problems()), List.of(), List.of());
		}
		Set<String> before = ids(preview.current());
		Set<String> after = ids(preview.document());
		return new CataloguePreview(preview.document(), List.of(),
				after.stream().filter(id -> !before.contains(id)).toList(),
				before.stream().filter(id -> !after.contains(id)).toList());
	}

	/**
	 * Publishes a checked catalogue as the next version; plans drafted from now on use it. Refused when a colleague
	 * published another since {@code basedOn} (the version the manager previewed against), or when an action names a
	 * question, answer or dimension the question bank in use lacks.
	 */
	public int publishCatalogue(String source, String note, @Nullable Integer basedOn, AccountId by) {
		return catalogues.publish(source, note, by, basedOn);
	}

	private static Set<String> ids(ActionCatalogue catalogue) {
		return new LinkedHashSet<>(catalogue.actions().stream().map(CatalogueAction::id).toList());
	}

	// --- drafting --------------------------------------------------------------------------------------------------

	/** The completed T0 diagnostic a plan starts from, if there is one. */
	@Transactional(readOnly = true)
	public Optional<DiagnosticSummary> startingDiagnostic(ApplicationId application) {
		return diagnostics.diagnosticsOf(application)
			.stream()
			.filter(d -> d.kind() == DiagnosticKind.T0 && d.completed())
			.findFirst();
	}

	/**
	 * The hours per week the application gave, as a number: under one hour counts as half an hour, one to two as one
	 * and a half, three to five as four, more than five as six (the lower middle of each range, so that the plan does
	 * not ask more than the merchant has).
	 */
	@Transactional(readOnly = true)
	public BigDecimal hoursPerWeekOf(ApplicationId application, Locale locale) {
		ApplicationDetails details = intake.application(application, locale);
		HoursPerWeek hours = details.commitment() == null ? HoursPerWeek.ONE_TO_TWO
				: details.commitment().hoursPerWeek();
		return switch (hours) {
			case LESS_THAN_ONE -> new BigDecimal("0.5");
			case ONE_TO_TWO -> new BigDecimal("1.5");
			case THREE_TO_FIVE -> new BigDecimal("4");
			case MORE_THAN_FIVE -> new BigDecimal("6");
		};
	}

	/** Next month, in Québec's time zone: the default start of a plan. */
	public YearMonth nextMonth() {
		return thisMonth().plusMonths(1);
	}

	private YearMonth thisMonth() {
		return YearMonth.from(clock.instant().atZone(Dates.PROGRAM_ZONE));
	}

	/**
	 * Drafts the plan of an application from its completed T0 diagnostic, the current catalogue, the hours per week
	 * and the start month (as typed: {@code yyyy-MM}, not in the past), and the goals of the application.
	 */
	public PlanSummary draft(ApplicationId application, String startMonth, String hoursPerWeek, Actor by,
			Locale locale) {
		List<Problem> problems = new ArrayList<>();
		YearMonth start = month("start", startMonth, problems);
		BigDecimal hours = hours("hoursPerWeek", hoursPerWeek, problems);
		if (!problems.isEmpty()) {
			throw new PlanRefused(problems);
		}
		if (plans.ofApplication(application.value()).isPresent()) {
			throw PlanRefused.because("plan.refused.exists");
		}
		DiagnosticSummary diagnostic = startingDiagnostic(application)
			.orElseThrow(() -> PlanRefused.because("plan.refused.noDiagnostic"));
		ApplicationDetails details = intake.application(application, locale);
		ActionCatalogue catalogue = catalogues.current();
		Draft draft = PlanDrafter.draft(catalogue, inputs(diagnostic.id(), details, hours, start));
		var content = new PlanContent(start, hours, catalogue.version(), draft.items(), draft.objectives(),
				draft.done(), draft.deferred(), "");
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		plans.insert(new PlanRow(id, application.value(), details.accountId().value(),
				diagnostic.id().value(), PlanStatus.DRAFT, 1, null, null, now, account(by)));
		plans.addVersion(id, 1, content, "plan.change.drafted", null, now, account(by));
		events.publishEvent(new PlanDrafted(new PlanId(id), application, catalogue.version(), now));
		return summary(new PlanId(id));
	}

	/** What a draft reads from the diagnostic and the application: nothing else, so that it is reproducible. */
	public DraftInputs inputs(DiagnosticId diagnostic, ApplicationDetails details, BigDecimal hours,
			YearMonth start) {
		Set<Goal> goals = details.online() == null ? Set.of() : details.online().goalSet();
		Map<String, @Nullable Integer> scores = new LinkedHashMap<>(diagnostics.storedScores(diagnostic));
		return new DraftInputs(diagnostics.answers(diagnostic), scores, goals, hours, start);
	}

	// --- editing ---------------------------------------------------------------------------------------------------

	/**
	 * Applies an advisor's change as a new version. Refused with {@link PlanConflict} when the plan moved since
	 * {@code expectedVersion}, with {@link PlanRefused} when what was typed is wrong; nothing is saved then.
	 */
	public PlanSummary edit(PlanId id, int expectedVersion, PlanEdit edit, Actor by, Locale locale) {
		PlanRow row = plans.lock(id.value()).orElseThrow(NotFound::new);
		checkVersion(row, expectedVersion, locale);
		PlanContent content = plans.version(row.id(), row.currentVersion()).orElseThrow().content();
		ActionCatalogue catalogue = catalogues.catalogue(content.catalogueVersion());
		List<PlanItem> items = new ArrayList<>(content.items());
		List<Problem> problems = new ArrayList<>();
		String changeKey;
		String detail;
		String note = content.note();
		if (edit instanceof PlanEdit.AddAction add) {
			CatalogueAction action = catalogue.action(add.actionId()).orElse(null);
			YearMonth month = month("month", add.month(), problems);
			if (action == null) {
				problems.add(new Problem("actionId", "plan.edit.unknownAction", List.of()));
			}
			else if (indexOf(items, action.id()) >= 0) {
				problems.add(new Problem("actionId", "plan.edit.alreadyInPlan", List.of(
						action.title().in(locale))));
			}
			refuseIf(problems);
			int months = Math.max(1, (int) Math.ceil(action.hours() / content.monthlyCapacity().doubleValue()));
			items.add(new PlanItem(action.id(), action.id(), null, null, action.dimensionId(), action.hours(),
					action.costMin(), action.costMax(), action.doer(), month, months, null));
			changeKey = "plan.change.added";
			detail = action.title().in(locale);
		}
		else if (edit instanceof PlanEdit.AddCustom custom) {
			String title = text("title", custom.title(), 200, true, problems);
			String why = text("why", custom.why(), 1000, false, problems);
			int hours = integer("hours", custom.hours(), 1, 200, problems);
			int costMin = integer("costMin", custom.costMin(), 0, 100_000, problems);
			int costMax = integer("costMax", custom.costMax(), 0, 100_000, problems);
			if (problems.stream().noneMatch(p -> p.field() != null && p.field().startsWith("cost"))
					&& costMin > costMax) {
				problems.add(new Problem("costMax", "plan.edit.costRange", List.of()));
			}
			Doer doer = doer(custom.doer(), problems);
			YearMonth month = month("customMonth", custom.month(), problems);
			refuseIf(problems);
			int n = 1;
			while (indexOf(items, "custom-" + n) >= 0) {
				n++;
			}
			int months = Math.max(1, (int) Math.ceil(hours / content.monthlyCapacity().doubleValue()));
			items.add(new PlanItem("custom-" + n, null, title, why, null, hours, costMin, costMax, doer, month,
					months, null));
			changeKey = "plan.change.addedCustom";
			detail = title;
		}
		else if (edit instanceof PlanEdit.Move move) {
			int at = existing(items, move.key());
			int other = move.up() ? at - 1 : at + 1;
			if (other < 0 || other >= items.size()) {
				throw PlanRefused.because("plan.edit.cannotMove");
			}
			PlanItem item = items.get(at);
			YearMonth neighbour = items.get(other).month();
			YearMonth month = move.up() ? (neighbour.isBefore(item.month()) ? neighbour : item.month())
					: (neighbour.isAfter(item.month()) ? neighbour : item.month());
			items.set(at, items.get(other));
			items.set(other, item.at(month));
			changeKey = move.up() ? "plan.change.movedUp" : "plan.change.movedDown";
			detail = title(item, catalogue, locale);
		}
		else if (edit instanceof PlanEdit.Reschedule reschedule) {
			int at = existing(items, reschedule.key());
			YearMonth month = month("month-" + reschedule.key(), reschedule.month(), problems);
			String itemNote = text("note-" + reschedule.key(), reschedule.note(), 1000, false, problems);
			refuseIf(problems);
			PlanItem item = items.get(at);
			if (item.month().equals(month) && java.util.Objects.equals(item.note(), itemNote)) {
				return summary(id);
			}
			items.set(at, item.at(month).noted(itemNote));
			changeKey = item.month().equals(month) ? "plan.change.noted" : "plan.change.rescheduled";
			detail = title(item, catalogue, locale);
		}
		else if (edit instanceof PlanEdit.Remove remove) {
			int at = existing(items, remove.key());
			detail = title(items.remove(at), catalogue, locale);
			changeKey = "plan.change.removed";
		}
		else if (edit instanceof PlanEdit.Note planNote) {
			note = text("note", planNote.text(), NOTE_MAX, false, problems);
			refuseIf(problems);
			if (note == null) {
				note = "";
			}
			if (note.equals(content.note())) {
				return summary(id);
			}
			changeKey = "plan.change.note";
			detail = null;
		}
		else {
			throw new IllegalArgumentException("unknown edit " + edit);
		}
		// the timeline reads month by month: keep the order within a month, months in order
		List<PlanItem> sorted = new ArrayList<>(items);
		sorted.sort(java.util.Comparator.comparing(PlanItem::month));
		var changed = new PlanContent(content.start(), content.hoursPerWeek(), content.catalogueVersion(),
				List.copyOf(sorted), content.objectives(), content.done(), content.deferred(), note);
		int version = row.currentVersion() + 1;
		plans.addVersion(row.id(), version, changed, changeKey, detail, clock.instant(), account(by));
		plans.setState(row.id(), PlanStatus.DRAFT, version, row.sentVersion(), row.approvedVersion());
		return summary(id);
	}

	/**
	 * Makes the current version the one the merchant reads and may approve, and tells the merchant by mail (in French,
	 * the program's language; the mail says where to read it, with no link to guess).
	 */
	public PlanSummary send(PlanId id, int expectedVersion, Actor by) {
		PlanRow row = plans.lock(id.value()).orElseThrow(NotFound::new);
		checkVersion(row, expectedVersion, Locale.CANADA_FRENCH);
		if (row.sentVersion() != null && row.sentVersion() == row.currentVersion()) {
			throw PlanRefused.because("plan.refused.alreadySent");
		}
		plans.setState(row.id(), PlanStatus.SENT, row.currentVersion(), row.currentVersion(), row.approvedVersion());
		ApplicationDetails details = intake.application(new ApplicationId(row.applicationId()), Locale.CANADA_FRENCH);
		String firstName = details.contact() == null ? "" : details.contact().firstName();
		mailer.send(details.email(),
				messages.getMessage("plan.mail.sent.subject", null, Locale.CANADA_FRENCH),
				messages.getMessage("plan.mail.sent.body", new Object[] { firstName, businessName(row), people.nameOf(by, Locale.CANADA_FRENCH) },
						Locale.CANADA_FRENCH));
		events.publishEvent(new PlanSent(id, new ApplicationId(row.applicationId()), row.currentVersion(),
				clock.instant()));
		return summary(id);
	}

	private void checkVersion(PlanRow row, int expectedVersion, Locale locale) {
		if (row.currentVersion() != expectedVersion) {
			throw new PlanConflict(row.currentVersion(),
					history(new PlanId(row.id()), locale).stream().filter(h -> h.version() > expectedVersion).toList());
		}
	}

	// --- the merchant ----------------------------------------------------------------------------------------------

	/**
	 * The merchant approves the version they read by typing their name: it must be the name of their application's
	 * contact (first and last name, in either order), compared without case, accents, hyphens or extra spaces.
	 */
	public PlanSummary approve(PlanId id, int version, String typedName, AccountId merchant, Locale locale) {
		PlanRow row = plans.lock(id.value()).orElseThrow(NotFound::new);
		awaiting(row, version);
		String name = typedName == null ? "" : typedName.strip();
		ApplicationDetails details = intake.application(new ApplicationId(row.applicationId()), locale);
		String first = details.contact() == null ? "" : details.contact().firstName();
		String last = details.contact() == null ? "" : details.contact().lastName();
		if (name.isEmpty()) {
			throw new PlanRefused(List.of(new Problem("name", "plan.approve.nameRequired", List.of())));
		}
		if (name.length() > 200 || !sameName(name, first + " " + last) && !sameName(name, last + " " + first)) {
			throw new PlanRefused(List.of(new Problem("name", "plan.approve.nameMismatch",
					List.of(first + " " + last))));
		}
		Instant now = clock.instant();
		plans.approve(row.id(), version, name, merchant.value(), now);
		plans.setState(row.id(), PlanStatus.APPROVED, row.currentVersion(), row.sentVersion(), version);
		events.publishEvent(new PlanApproved(id, new ApplicationId(row.applicationId()), version, now));
		return summary(id);
	}

	static boolean sameName(String typed, String expected) {
		return normalized(typed).equals(normalized(expected));
	}

	static String normalized(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[-'’.]", " ")
			.replaceAll("\\s+", " ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

	/** The merchant asks for changes to the version they read, with a comment their advisor sees. */
	public PlanSummary requestChanges(PlanId id, int version, String comment, Actor by) {
		PlanRow row = plans.lock(id.value()).orElseThrow(NotFound::new);
		awaiting(row, version);
		List<Problem> problems = new ArrayList<>();
		String text = text("comment", comment, 2000, true, problems);
		refuseIf(problems);
		Instant now = clock.instant();
		plans.requestChanges(row.id(), version, text, now, account(by));
		plans.setState(row.id(), PlanStatus.CHANGES_REQUESTED, row.currentVersion(), row.sentVersion(),
				row.approvedVersion());
		events.publishEvent(new PlanChangesRequested(id, new ApplicationId(row.applicationId()), version, now));
		return summary(id);
	}

	private static void awaiting(PlanRow row, int version) {
		if (row.status() != PlanStatus.SENT) {
			throw PlanRefused.because("plan.refused.notAwaiting");
		}
		if (row.sentVersion() == null || row.sentVersion() != version) {
			throw PlanRefused.because("plan.refused.versionChanged");
		}
	}

	// --- reading ---------------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Optional<PlanSummary> planOf(ApplicationId application) {
		return plans.ofApplication(application.value()).map(this::summary);
	}

	@Transactional(readOnly = true)
	public PlanSummary summary(PlanId id) {
		return summary(plans.find(id.value()).orElseThrow(NotFound::new));
	}

	private PlanSummary summary(PlanRow row) {
		return new PlanSummary(new PlanId(row.id()), new ApplicationId(row.applicationId()),
				new AccountId(row.merchantAccount()), businessName(row), new DiagnosticId(row.diagnosticId()),
				row.status(), row.currentVersion(), row.sentVersion(), row.approvedVersion());
	}

	/** The business's name, the dossier's. */
	private String businessName(PlanRow row) {
		return dossiers.find(new ApplicationId(row.applicationId())).map(Dossier::businessName).orElse("");
	}

	/** Every version, newest first, with what changed, who (their name now), whether it was sent and its approval. */
	@Transactional(readOnly = true)
	public List<PlanHistoryEntry> history(PlanId id, Locale locale) {
		PlanRow row = plans.find(id.value()).orElseThrow(NotFound::new);
		Map<Integer, PlanApproval> approvals = new LinkedHashMap<>();
		plans.approvals(row.id())
			.forEach(a -> approvals.put(a.version(), new PlanApproval(a.version(), a.typedName(), a.approvedAt())));
		// a version was sent when it is the sent one, or when it was approved or asked about
		Set<Integer> sent = new LinkedHashSet<>(approvals.keySet());
		plans.requests(row.id()).forEach(r -> sent.add(r.version()));
		if (row.sentVersion() != null) {
			sent.add(row.sentVersion());
		}
		List<VersionRow> versions = plans.versions(row.id());
		Map<AccountId, String> names = people.namesOf(accounts(versions.stream().map(VersionRow::createdBy)), locale);
		return versions.stream()
			.map(v -> new PlanHistoryEntry(v.version(), v.changeKey(), v.changeDetail(), v.createdAt(),
					name(v.createdBy(), v.createdByName(), names, locale), sent.contains(v.version()),
					approvals.get(v.version())))
			.toList();
	}

	/** The merchant's requests for changes, newest first, with who asked (their name now). */
	@Transactional(readOnly = true)
	public List<ChangeRequest> changeRequests(PlanId id, Locale locale) {
		List<Plans.RequestRow> requests = plans.requests(id.value());
		Map<AccountId, String> names = people.namesOf(accounts(requests.stream().map(Plans.RequestRow::requestedBy)),
				locale);
		return requests.stream()
			.map(r -> new ChangeRequest(r.version(), r.comment(), r.requestedAt(),
					name(r.requestedBy(), r.requestedByName(), names, locale)))
			.toList();
	}

	private static List<AccountId> accounts(java.util.stream.Stream<@Nullable UUID> ids) {
		return ids.filter(java.util.Objects::nonNull).map(AccountId::new).distinct().toList();
	}

	/** The account's name now; the name written before account ids when there is none; else Pignon's rules. */
	private String name(@Nullable UUID account, @Nullable String legacyName, Map<AccountId, String> names,
			Locale locale) {
		if (account != null) {
			return names.get(new AccountId(account));
		}
		return legacyName != null ? legacyName : people.nameOf(Actor.RULES, locale);
	}

	private static @Nullable UUID account(Actor by) {
		return by.accountId() == null ? null : by.accountId().value();
	}

	/** One version of the plan as stored, with its approval; the current one when {@code version} is null. */
	@Transactional(readOnly = true)
	public PlanVersion version(PlanId id, @Nullable Integer version) {
		PlanRow row = plans.find(id.value()).orElseThrow(NotFound::new);
		int wanted = version == null ? row.currentVersion() : version;
		VersionRow stored = plans.version(row.id(), wanted).orElseThrow(NotFound::new);
		PlanApproval approval = plans.approvals(row.id())
			.stream()
			.filter(a -> a.version() == wanted)
			.findFirst()
			.map(a -> new PlanApproval(a.version(), a.typedName(), a.approvedAt()))
			.orElse(null);
		return new PlanVersion(summary(row), wanted, stored.content(), approval);
	}

	/** The catalogue actions an advisor can still add to this version, by title. */
	@Transactional(readOnly = true)
	public List<CatalogueAction> addableActions(PlanId id) {
		PlanRow row = plans.find(id.value()).orElseThrow(NotFound::new);
		PlanContent content = plans.version(row.id(), row.currentVersion()).orElseThrow().content();
		Set<String> inPlan = new LinkedHashSet<>(content.items().stream().map(PlanItem::key).toList());
		return catalogues.catalogue(content.catalogueVersion())
			.actions()
			.stream()
			.filter(a -> !inPlan.contains(a.id()))
			.toList();
	}

	/**
	 * The plan of record: the latest approved version with its actions and due dates (last day of the month each
	 * ends), for carrying out the plan. Empty until the merchant approves a version.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovedPlan> approvedPlanOf(ApplicationId application) {
		return plans.ofApplication(application.value()).filter(row -> row.approvedVersion() != null).map(row -> {
			int version = row.approvedVersion();
			PlanContent content = plans.version(row.id(), version).orElseThrow().content();
			ActionCatalogue catalogue = catalogues.catalogue(content.catalogueVersion());
			Instant approvedAt = plans.approvals(row.id())
				.stream()
				.filter(a -> a.version() == version)
				.findFirst()
				.orElseThrow()
				.approvedAt();
			List<ApprovedPlan.Action> actions = content.items().stream().map(item -> new ApprovedPlan.Action(
					item.key(), item.actionId(),
					item.actionId() == null ? new LocalizedText(item.customTitle(), item.customTitle())
							: catalogue.action(item.actionId()).orElseThrow().title(),
					item.month(), item.months(), item.endMonth().atEndOfMonth(), item.hours(), item.doer()))
				.toList();
			return new ApprovedPlan(new PlanId(row.id()), application, version, approvedAt, actions,
					content.objectives());
		});
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	private static String actionTitle(ActionCatalogue catalogue, String id, Locale locale) {
		return catalogue.action(id).map(a -> a.title().in(locale)).orElse(id);
	}

	private static String title(PlanItem item, ActionCatalogue catalogue, Locale locale) {
		return item.actionId() == null ? String.valueOf(item.customTitle())
				: actionTitle(catalogue, item.actionId(), locale);
	}

	private static int indexOf(List<PlanItem> items, String key) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	private static int existing(List<PlanItem> items, String key) {
		int at = indexOf(items, key);
		if (at < 0) {
			throw PlanRefused.because("plan.edit.unknownItem");
		}
		return at;
	}

	private static void refuseIf(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new PlanRefused(problems);
		}
	}

	/** A month typed as {@code yyyy-MM}: not before this month, at most three years ahead. */
	private YearMonth month(String field, @Nullable String typed, List<Problem> problems) {
		YearMonth month;
		try {
			month = YearMonth.parse(typed == null ? "" : typed.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "plan.month.invalid", List.of()));
			return thisMonth();
		}
		if (month.isBefore(thisMonth())) {
			problems.add(new Problem(field, "plan.month.past", List.of()));
		}
		else if (month.isAfter(thisMonth().plusYears(3))) {
			problems.add(new Problem(field, "plan.month.tooFar", List.of()));
		}
		return month;
	}

	/** Hours per week as typed (a comma or a point for decimals): more than 0, at most 60. */
	private static BigDecimal hours(String field, @Nullable String typed, List<Problem> problems) {
		try {
			BigDecimal hours = new BigDecimal(typed == null ? "" : typed.strip().replace(',', '.'));
			if (hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(60)) <= 0 && hours.scale() <= 1) {
				return hours;
			}
		}
		catch (NumberFormatException ex) {
			// the same message as a number out of range
		}
		problems.add(new Problem(field, "plan.draft.hoursRange", List.of()));
		return BigDecimal.ONE;
	}

	private static int integer(String field, @Nullable String typed, int min, int max, List<Problem> problems) {
		try {
			int value = Integer.parseInt(typed == null ? "" : typed.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// the same message as a number out of range
		}
		problems.add(new Problem(field, "plan.edit.numberRange", List.of(min, max)));
		return min;
	}

	private static @Nullable String text(String field, @Nullable String typed, int max, boolean required,
			List<Problem> problems) {
		String text = typed == null ? "" : typed.replace("\r", "").strip();
		if (required && text.isEmpty()) {
			problems.add(new Problem(field, "plan.edit.required", List.of()));
		}
		else if (text.length() > max) {
			problems.add(new Problem(field, "plan.edit.tooLong", List.of(max)));
		}
		return text.isEmpty() ? null : text;
	}

	private static Doer doer(@Nullable String typed, List<Problem> problems) {
		for (Doer doer : Doer.values()) {
			if (doer.name().equals(typed)) {
				return doer;
			}
		}
		problems.add(new Problem("doer", "plan.edit.doerRequired", List.of()));
		return Doer.MERCHANT;
	}

}
