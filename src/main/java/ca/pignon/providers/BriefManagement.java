package ca.pignon.providers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierArea;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.plan.ApprovedPlan;
import ca.pignon.plan.CatalogueAction;
import ca.pignon.plan.Doer;
import ca.pignon.plan.PlanManagement;
import ca.pignon.platform.Dates;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * Neutral help choosing a provider for an action of the merchant's approved plan, first part: the brief (prefilled
 * from the action), written, then sent to its shortlist. The shortlist is {@link ShortlistManagement}'s, the providers'
 * answers {@link QuoteManagement}'s, the comparison and the merchant's choice {@link ChoiceManagement}'s. Callers check
 * the dossier's access rule first: these methods trust the brief's id they are given.
 */
@Service
@Transactional
public class BriefManagement {

	static final int REASON_MAX = 1000;

	private final Briefs briefs;

	private final Directory directory;

	private final ServiceList services;

	private final ProvidersSettings settings;

	private final DossierManagement dossiers;

	private final PlanManagement plans;

	private final QuoteLinks links;

	private final Neutrality neutrality;

	private final InterestManagement interests;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BriefManagement(Briefs briefs, Directory directory, ServiceList services, ProvidersSettings settings,
			DossierManagement dossiers, PlanManagement plans, QuoteLinks links, Neutrality neutrality,
			InterestManagement interests, ApplicationEventPublisher events, Clock clock) {
		this.interests = interests;
		this.briefs = briefs;
		this.directory = directory;
		this.services = services;
		this.settings = settings;
		this.dossiers = dossiers;
		this.plans = plans;
		this.links = links;
		this.neutrality = neutrality;
		this.events = events;
		this.clock = clock;
	}

	// --- the plan's actions and their briefs ------------------------------------------------------------------------

	/** The actions of the merchant's approved plan that need a provider, each with its brief once opened. */
	@Transactional(readOnly = true)
	public List<ProviderAction> providerActions(ApplicationId application, Locale locale) {
		Optional<ApprovedPlan> plan = plans.approvedPlanOf(application);
		if (plan.isEmpty()) {
			return List.of();
		}
		Map<String, BriefRow> opened = briefs.of(application)
			.stream()
			.collect(Collectors.toMap(BriefRow::actionKey, row -> row));
		return plan.get()
			.actions()
			.stream()
			.filter(action -> action.doer() == Doer.PROVIDER)
			.map(action -> {
				BriefRow brief = opened.get(action.key());
				return new ProviderAction(action.key(), action.title().in(locale), action.month(),
						brief == null ? null : brief.id(), brief == null ? null : brief.status());
			})
			.toList();
	}

	/**
	 * Opens the brief of an action of the approved plan that needs a provider, prefilled from the action (its goal,
	 * steps, sign that it is done, cost range and month); the existing one when it was opened already.
	 */
	public BriefId open(ApplicationId application, String actionKey, Actor by, Locale locale) {
		Optional<BriefRow> existing = briefs.of(application, actionKey);
		if (existing.isPresent()) {
			return existing.get().id();
		}
		ApprovedPlan.Action action = plans.approvedPlanOf(application)
			.flatMap(plan -> plan.actions().stream().filter(a -> a.key().equals(actionKey)).findFirst())
			.filter(a -> a.doer() == Doer.PROVIDER)
			.orElseThrow(() -> new ProvidersRefused(null, "providers.brief.noSuchAction"));
		String service = (action.actionId() == null ? Optional.<ServiceKind>empty()
				: services.forAction(action.actionId()))
			.map(ServiceKind::id)
			.orElse(services.all().get(0).id());
		LocalDate wantedBy = action.dueDate().isBefore(today()) ? null : action.dueDate();
		ApprovedPlan.Guide guide = action.guide();
		BriefEdit prefilled = action.actionId() == null
				? new BriefEdit(service, action.title().in(locale), guide.why() == null ? "" : guide.why().in(locale),
						"", "", "", null, null, wantedBy, "fr")
				: new BriefEdit(service, action.title().in(locale), guide.why().in(locale), "",
						guide.steps().stream().map(step -> "- " + step.in(locale)).collect(Collectors.joining("\n")),
						guide.indicator() == null ? "" : guide.indicator().in(locale), action.costMin(),
						action.costMax(), wantedBy, "fr");
		BriefId id = BriefId.random();
		AccountId author = by.accountId();
		if (author == null) {
			throw new IllegalArgumentException("a person opens a brief");
		}
		briefs.insert(id, application, actionKey, prefilled, author, clock.instant());
		briefs.log(id, by, "opened", null, null, clock.instant());
		return id;
	}

	@Transactional(readOnly = true)
	public BriefDetails brief(BriefId id) {
		return details(briefs.find(id).orElseThrow(NotFound::new));
	}

	@Transactional(readOnly = true)
	public ApplicationId applicationOf(BriefId id) {
		return briefs.find(id).orElseThrow(NotFound::new).application();
	}

	@Transactional(readOnly = true)
	public List<BriefDetails> briefsOf(ApplicationId application) {
		return briefs.of(application).stream().map(this::details).toList();
	}

	/** The latest briefs of these dossiers, or of every dossier when {@code applications} is null. */
	@Transactional(readOnly = true)
	public List<BriefDetails> latest(@Nullable List<ApplicationId> applications, int limit) {
		return briefs.latest(applications, limit).stream().map(this::details).toList();
	}

	/** Saves the brief as written; refused when it was sent already, or changed since the page was shown. */
	public BriefDetails edit(BriefId id, long expectedVersion, BriefEdit edit, Actor by) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		List<Problem> problems = new ArrayList<>(BriefPolicy.problems(edit, serviceIds(), today()));
		if (brief.status() != BriefStatus.DRAFT) {
			problems.add(0, Problem.about(null, "providers.brief.notDraft"));
		}
		else if (brief.version() != expectedVersion) {
			problems.add(0, Problem.about(null, "providers.brief.stale"));
		}
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		briefs.update(id, edit);
		briefs.log(id, by, "edited", null, null, clock.instant());
		return brief(id);
	}

	// --- sending, answering -----------------------------------------------------------------------------------------

	/**
	 * Sends the brief to its shortlist: each provider gets a link of their own, valid until the end of the deadline.
	 * The merchant's consent to share who they are applies to this brief's requests only, and only the merchant gives
	 * it.
	 */
	public BriefDetails send(BriefId id, @Nullable LocalDate answerBy, boolean shareContact, Actor by,
			boolean byMerchant) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		List<ShortlistEntry> active = briefs.shortlist(id).stream().filter(ShortlistEntry::active).toList();
		List<Problem> problems = new ArrayList<>(handlingProblems(brief, by, byMerchant));
		problems.addAll(SendPolicy.problems(brief.status(), active.size(), fitting(brief).size(),
				settings.shortlistSize(), answerBy, today()));
		if (interests.conflicts(id).stream().anyMatch(Conflict::open)) {
			problems.add(Problem.about(null, "providers.conflict.open"));
		}
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		briefs.sent(id, answerBy, byMerchant && shareContact, clock.instant());
		BriefRow sent = briefs.find(id).orElseThrow();
		for (ShortlistEntry entry : active) {
			links.send(sent, entry);
		}
		briefs.log(id, by, byMerchant && shareContact ? "sentWithConsent" : "sent", null, null, clock.instant());
		return brief(id);
	}

	@Transactional(readOnly = true)
	public List<LogEntry> log(BriefId id) {
		return briefs.log(id);
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	/** A brief taken over from a person with a declared link is no longer theirs to change or send. */
	List<Problem> handlingProblems(BriefRow brief, Actor by, boolean byMerchant) {
		AccountId person = by.accountId();
		if (!byMerchant && person != null && !interests.mayHandle(brief.id(), person)) {
			return List.of(Problem.about(null, "providers.conflict.takenFromYou"));
		}
		return List.of();
	}

	List<ProviderDetails> fitting(BriefRow brief) {
		Dossier dossier = dossiers.get(brief.application());
		String municipality = dossier.area(DossierArea.MUNICIPALITY).map(DossierArea::name).orElse(null);
		LocalDate today = today();
		return directory.offering(brief.service())
			.stream()
			.filter(provider -> FitPolicy.fits(provider, brief.service(), municipality, brief.language(), today))
			.toList();
	}

	BriefDetails details(BriefRow row) {
		List<ShortlistEntry> shortlist = briefs.shortlist(row.id());
		ShortlistEntry chosen = row.chosenRequest() == null ? null
				: shortlist.stream().filter(e -> e.id().equals(row.chosenRequest())).findFirst().orElse(null);
		String business = dossiers.find(row.application()).map(Dossier::businessName).orElse("");
		return new BriefDetails(row.id(), row.application(), row.actionKey(), business, row.service(), row.title(),
				row.goal(), row.today(), row.needs(), row.doneWhen(), row.budgetMin(), row.budgetMax(), row.wantedBy(),
				row.language(), row.status(), row.shareContact(), row.answerBy(), row.sentAt(), row.drawSeed(),
				row.drawnAt(), ComparisonPolicy.weights(row.weights()), shortlist, chosen, row.choiceReason(),
				row.chosenAt(), row.version());
	}

	private Set<String> serviceIds() {
		return services.all().stream().map(ServiceKind::id).collect(Collectors.toSet());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Dates.PROGRAM_ZONE));
	}

}
