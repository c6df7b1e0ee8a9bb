package ca.pignon.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.AdvisorHours;
import ca.pignon.dossier.AdvisorHoursSource;
import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.Goal;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.plan.internal.CatalogueShelf;
import ca.pignon.plan.internal.DraftInputs;
import ca.pignon.platform.Dates;
import ca.pignon.platform.NotFound;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * The action plan's API: the catalogue's versions, drafting a plan from a completed T0 diagnostic, the advisor's edits
 * (each a new version, with optimistic locking), sending, the merchant's approval or request for changes, any version
 * as stored, and the approved plan for carrying it out. Commands take typed values; the plan ({@link ActionPlan}) and
 * its policies check their rules and refuse with {@link PlanRefused}. Who did it is an account ({@link Actor}), named
 * when shown. Who may see which plan is the pages' business.
 */
@Service
@Transactional
public class PlanManagement {

	private final ActionPlans actionPlans;

	private final PlanReader reader;

	private final CatalogueShelf catalogues;

	private final DiagnosticManagement diagnostics;

	private final IntakeManagement intake;

	private final PlanMail mail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<AdvisorHoursSource> advisorHours;

	PlanManagement(ActionPlans actionPlans, PlanReader reader, CatalogueShelf catalogues,
			DiagnosticManagement diagnostics, IntakeManagement intake, PlanMail mail, ApplicationEventPublisher events,
			Clock clock, ObjectProvider<AdvisorHoursSource> advisorHours) {
		this.advisorHours = advisorHours;
		this.actionPlans = actionPlans;
		this.reader = reader;
		this.catalogues = catalogues;
		this.diagnostics = diagnostics;
		this.intake = intake;
		this.mail = mail;
		this.events = events;
		this.clock = clock;
	}

	// --- the catalogue ---------------------------------------------------------------------------------------------

	public ActionCatalogue currentCatalogue() {
		return catalogues.current();
	}

	@Transactional(readOnly = true)
	public ActionCatalogue catalogue(int version) {
		return catalogues.version(version);
	}

	@Transactional(readOnly = true)
	public String catalogueSource(int version) {
		return catalogues.source(version);
	}

	/**
	 * Publishes a catalogue as the next version; plans drafted from now on use it. Refused when a colleague published
	 * another since {@code basedOn} (the version the manager previewed against), or when an action names a question,
	 * answer or dimension the question bank in use lacks.
	 */
	public int publishCatalogue(String source, String note, @Nullable Integer basedOn, AccountId by) {
		return catalogues.publish(source, note, by, basedOn);
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

	/** The hours per week the application gave, as a number ({@link DraftInputs#hoursPerWeek}). */
	@Transactional(readOnly = true)
	public BigDecimal hoursPerWeekOf(ApplicationId application, Locale locale) {
		ApplicationDetails details = intake.application(application, locale);
		return DraftInputs.hoursPerWeek(details.commitment() == null ? null : details.commitment().hoursPerWeek());
	}

	/** Next month, in Québec's time zone: the default start of a plan. */
	public YearMonth nextMonth() {
		return thisMonth().plusMonths(1);
	}

	/**
	 * Drafts the plan of an application from its completed T0 diagnostic, the current catalogue, the goals of the
	 * application, the hours per week (over 0, at most 60, to the tenth) and the start month (from this month to three
	 * years ahead).
	 */
	public PlanSummary draft(ApplicationId application, YearMonth start, BigDecimal hoursPerWeek, Actor by,
			Locale locale) {
		if (actionPlans.existsFor(application)) {
			throw PlanRefused.because("plan.refused.exists");
		}
		DiagnosticSummary diagnostic = startingDiagnostic(application)
			.orElseThrow(() -> PlanRefused.because("plan.refused.noDiagnostic"));
		ApplicationDetails details = intake.application(application, locale);
		var origin = new ActionPlan.Origin(application, details.accountId(), diagnostic.id());
		ActionPlan.Drafted drafted = ActionPlan.draft(new PlanId(UUID.randomUUID()), origin, catalogues.current(),
				inputs(diagnostic.id(), details, hoursPerWeek, start), values(), by, clock.instant());
		actionPlans.save(drafted.plan());
		events.publishEvent(drafted.event());
		return summary(drafted.plan().id());
	}

	/**
	 * What a draft reads from the diagnostic, the application and the advisor's hours left on the dossier: nothing
	 * else, so that it is reproducible.
	 */
	public DraftInputs inputs(DiagnosticId diagnostic, ApplicationDetails details, BigDecimal hours,
			YearMonth start) {
		Set<Goal> goals = details.online() == null ? Set.of() : details.online().goalSet();
		Map<String, @Nullable Integer> scores = new LinkedHashMap<>(diagnostics.storedScores(diagnostic));
		return new DraftInputs(diagnostics.answers(diagnostic), scores, goals, hours, start,
				advisorHoursOf(details.id()).map(AdvisorHours::left).orElse(null));
	}

	/** The advisor's hours of the accompaniment (budget and used), once the follow-up counts them. */
	public Optional<AdvisorHours> advisorHoursOf(ApplicationId application) {
		AdvisorHoursSource source = advisorHours.getIfAvailable();
		return source == null ? Optional.empty() : source.advisorHoursOf(application);
	}

	// --- the advisor -----------------------------------------------------------------------------------------------

	/**
	 * Applies an advisor's change as a new version. Refused with {@link PlanConflict} (listing the versions since) when
	 * the plan moved since {@code expectedVersion}, with {@link PlanRefused} when it breaks a rule; nothing is saved then.
	 */
	public PlanSummary edit(PlanId id, int expectedVersion, PlanEdit edit, Actor by, Locale locale) {
		ActionPlan plan = lock(id);
		var policy = new PlanEditPolicy(catalogues.version(plan.content().catalogueVersion()), values(), locale);
		unlessStale(plan, expectedVersion, locale, () -> plan.edit(expectedVersion, edit, policy, by, clock.instant()));
		actionPlans.save(plan);
		return summary(id);
	}

	/**
	 * Makes the current version the one the merchant reads and may approve, and tells the merchant by mail. Refused when
	 * that version was sent already.
	 */
	public PlanSummary send(PlanId id, int expectedVersion, Actor by) {
		ActionPlan plan = lock(id);
		PlanSent sent = unlessStale(plan, expectedVersion, Locale.CANADA_FRENCH,
				() -> plan.send(expectedVersion, clock.instant()));
		actionPlans.save(plan);
		mail.sent(plan.origin().application(), by);
		events.publishEvent(sent);
		return summary(id);
	}

	// --- the merchant ----------------------------------------------------------------------------------------------

	/**
	 * The merchant approves the version sent to them by typing their name: the name of their application's contact
	 * ({@link ApprovalNamePolicy}).
	 */
	public PlanSummary approve(PlanId id, int version, String typedName, AccountId merchant, Locale locale) {
		ActionPlan plan = lock(id);
		ApplicationDetails details = intake.application(plan.origin().application(), locale);
		var names = new ApprovalNamePolicy(details.contact() == null ? "" : details.contact().firstName(),
				details.contact() == null ? "" : details.contact().lastName());
		PlanApproved approved = plan.approve(version, typedName, names, merchant, clock.instant());
		actionPlans.save(plan);
		events.publishEvent(approved);
		return summary(id);
	}

	/** The merchant asks for changes to the version sent to them, with a comment their advisor reads. */
	public PlanSummary requestChanges(PlanId id, int version, String comment, Actor by) {
		ActionPlan plan = lock(id);
		PlanChangesRequested requested = plan.requestChanges(version, comment, by, clock.instant());
		actionPlans.save(plan);
		events.publishEvent(requested);
		return summary(id);
	}

	// --- reading ---------------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Optional<PlanSummary> planOf(ApplicationId application) {
		return reader.planOf(application);
	}

	@Transactional(readOnly = true)
	public PlanSummary summary(PlanId id) {
		return reader.summary(id);
	}

	/** Every version, newest first, with what changed, who (named now), whether it was sent, and its approval. */
	@Transactional(readOnly = true)
	public List<PlanHistoryEntry> history(PlanId id, Locale locale) {
		return reader.history(id, locale);
	}

	/** The merchant's requests for changes, newest first, with who asked (named now). */
	@Transactional(readOnly = true)
	public List<ChangeRequest> changeRequests(PlanId id, Locale locale) {
		return reader.changeRequests(id, locale);
	}

	/** One version of the plan as stored, with its approval; the current one when {@code version} is null. */
	@Transactional(readOnly = true)
	public PlanVersion version(PlanId id, @Nullable Integer version) {
		return reader.version(id, version);
	}

	/** The catalogue actions an advisor can still add to the current version. */
	@Transactional(readOnly = true)
	public List<CatalogueAction> addableActions(PlanId id) {
		return reader.addableActions(id);
	}

	/**
	 * The plan of record: the latest approved version with its actions and due dates (last day of the month each
	 * ends), and its objectives. Empty until the merchant approves a version.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovedPlan> approvedPlanOf(ApplicationId application) {
		return reader.approvedPlanOf(application);
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	private ActionPlan lock(PlanId id) {
		return actionPlans.lock(id).orElseThrow(NotFound::new);
	}

	/** The change, or the conflict with the versions the page missed, named in {@code locale}. */
	private <T> T unlessStale(ActionPlan plan, int expectedVersion, Locale locale, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (PlanConflict stale) {
			throw new PlanConflict(stale.currentVersion(), reader.since(plan.id(), expectedVersion, locale));
		}
	}

	private PlanInputPolicy values() {
		return new PlanInputPolicy(thisMonth());
	}

	private YearMonth thisMonth() {
		return YearMonth.from(clock.instant().atZone(Dates.PROGRAM_ZONE));
	}

}
