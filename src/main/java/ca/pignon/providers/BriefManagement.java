package ca.pignon.providers;

import java.security.SecureRandom;
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
 * Neutral help choosing a provider for an action of the merchant's approved plan: the brief (prefilled from the
 * action), the shortlist drawn at random among the vetted providers that fit (changes by hand with a written reason),
 * the requests for quotes sent by link, the comparison on the merchant's weights, and the merchant's choice with its
 * reason. Callers check the dossier's access rule first: these methods trust the brief's id they are given.
 */
@Service
@Transactional
public class BriefManagement {

	static final int REASON_MAX = 1000;

	private static final SecureRandom RANDOM = new SecureRandom();

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

	// --- the shortlist ----------------------------------------------------------------------------------------------

	/** The vetted providers that fit the brief now (service, municipality, language), by id. */
	@Transactional(readOnly = true)
	public List<ProviderDetails> fitting(BriefId id) {
		BriefRow brief = briefs.find(id).orElseThrow(NotFound::new);
		return fitting(brief);
	}

	/**
	 * Draws the shortlist: the vetted providers that fit, in an order drawn at random with a recorded seed, the first
	 * {@code shortlist-size} of them on the shortlist. A new draw replaces the drawn providers of an unsent brief.
	 */
	public BriefDetails draw(BriefId id, Actor by) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		if (brief.status() != BriefStatus.DRAFT) {
			throw new ProvidersRefused(null, "providers.brief.notDraft");
		}
		long seed = RANDOM.nextLong();
		List<ProviderId> order = FairDraw.order(fitting(brief).stream().map(ProviderDetails::id).toList(), seed);
		briefs.removeUnsentDrawn(id);
		Set<ProviderId> already = briefs.shortlist(id)
			.stream()
			.filter(ShortlistEntry::active)
			.map(ShortlistEntry::provider)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		order.stream()
			.filter(provider -> !already.contains(provider))
			.limit(Math.max(0, settings.shortlistSize() - already.size()))
			.forEach(provider -> briefs.add(UUID.randomUUID(), id, provider, null, null, RequestOrigin.DRAWN));
		briefs.drawn(id, seed, order, clock.instant());
		briefs.log(id, by, "drawn", null, String.valueOf(seed), clock.instant());
		return brief(id);
	}

	/**
	 * Adds a provider of the directory to the shortlist: staff with a written reason, the merchant freely. A provider
	 * added to a brief already sent gets their link at once.
	 */
	public BriefDetails add(BriefId id, ProviderId provider, String reason, Actor by, boolean byMerchant) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		ProviderDetails details = directory.find(provider)
			.filter(p -> p.vettedOn(today()))
			.orElseThrow(() -> new ProvidersRefused("provider", "providers.shortlist.notVetted"));
		List<Problem> problems = changeProblems(brief, reason, by, byMerchant);
		if (briefs.shortlist(id).stream().anyMatch(e -> e.active() && provider.equals(e.provider()))) {
			problems.add(Problem.about("provider", "providers.shortlist.already"));
		}
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		UUID request = UUID.randomUUID();
		briefs.add(request, id, provider, null, null,
				byMerchant ? RequestOrigin.ADDED_BY_MERCHANT : RequestOrigin.ADDED_BY_STAFF);
		briefs.log(id, by, "added", details.name(), reason, clock.instant());
		sendIfSent(brief, request);
		return brief(id);
	}

	/** The merchant (or staff, with a reason) invites a provider from outside the directory, by email. */
	public BriefDetails invite(BriefId id, String name, String email, String reason, Actor by, boolean byMerchant) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		List<Problem> problems = changeProblems(brief, reason, by, byMerchant);
		if (name.isBlank() || name.length() > ApplicationPolicy.TEXT_MAX) {
			problems.add(Problem.about("outsideName", "providers.field.required"));
		}
		if (!ApplicationPolicy.EMAIL.matcher(email.strip()).matches()) {
			problems.add(Problem.about("outsideEmail", "providers.apply.email.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		UUID request = UUID.randomUUID();
		briefs.add(request, id, null, name.strip(), email.strip(),
				byMerchant ? RequestOrigin.ADDED_BY_MERCHANT : RequestOrigin.ADDED_BY_STAFF);
		briefs.log(id, by, "invited", name.strip(), reason, clock.instant());
		sendIfSent(brief, request);
		return brief(id);
	}

	/** Takes a provider off the shortlist, with a written reason; their link stops working. */
	public BriefDetails remove(BriefId id, UUID request, String reason, Actor by) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		ShortlistEntry entry = briefs.shortlist(id)
			.stream()
			.filter(e -> e.id().equals(request) && e.active())
			.findFirst()
			.orElseThrow(NotFound::new);
		List<Problem> problems = changeProblems(brief, reason, by, false);
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		briefs.remove(request, clock.instant());
		briefs.log(id, by, "removed", entry.name(), reason, clock.instant());
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

	/** What a provider's link shows (see {@link QuotePage}). */
	@Transactional(readOnly = true)
	public Optional<QuotePage> quotePage(String link) {
		return links.page(link, this::details);
	}

	/** The provider's quote, through their link, once. */
	public void answer(String link, Quote quote) {
		links.answer(link, quote);
	}

	// --- the provider, signed in -----------------------------------------------------------------------------------

	/** The requests for quotes sent to this provider of the directory, the latest first; nothing about the merchants. */
	@Transactional(readOnly = true)
	public List<ProviderRequest> requestsOf(ProviderId provider) {
		return briefs.sentTo(provider).stream().map(request -> {
			ShortlistEntry entry = request.entry();
			BriefRow brief = briefs.find(request.brief()).orElseThrow();
			QuotePage.State state;
			if (entry.answeredAt() != null) {
				state = QuotePage.State.ANSWERED;
			}
			else if (entry.revoked() || entry.removed()) {
				state = QuotePage.State.REVOKED;
			}
			else if (entry.expiresAt() == null || !clock.instant().isBefore(entry.expiresAt())) {
				state = QuotePage.State.EXPIRED;
			}
			else {
				state = QuotePage.State.OPEN;
			}
			return new ProviderRequest(entry.id(), brief.service(), entry.sentAt(), brief.answerBy(), state,
					entry.id().equals(brief.chosenRequest()));
		}).toList();
	}

	/**
	 * What a request shows its provider signed in: the same page, on the same rules, as their link; another provider's
	 * request, or one not sent, is not found.
	 */
	@Transactional(readOnly = true)
	public QuotePage quotePage(ProviderId provider, UUID request) {
		return links.page(requestOf(provider, request), this::details);
	}

	/** The provider's quote, signed in, once: the same rules as through the link. */
	public void answer(ProviderId provider, UUID request, Quote quote) {
		links.answer(requestOf(provider, request), quote);
	}

	private Briefs.RequestRow requestOf(ProviderId provider, UUID request) {
		return briefs.request(request)
			.filter(row -> provider.equals(row.entry().provider()) && row.entry().sentAt() != null)
			.orElseThrow(NotFound::new);
	}

	// --- comparing and choosing -------------------------------------------------------------------------------------

	/** The merchant's weights of the criteria, 0 to 3 each. */
	public BriefDetails weigh(BriefId id, Map<Criterion, Integer> weights) {
		briefs.lock(id).orElseThrow(NotFound::new);
		for (Map.Entry<Criterion, Integer> weight : weights.entrySet()) {
			if (weight.getValue() < 0 || weight.getValue() > Criterion.MAX_WEIGHT) {
				throw new ProvidersRefused("weight-" + weight.getKey(), "providers.compare.weight.range",
						Criterion.MAX_WEIGHT);
			}
		}
		Map<Criterion, Integer> all = ComparisonPolicy.weights("");
		all.putAll(weights);
		briefs.weights(id, ComparisonPolicy.stored(all));
		return brief(id);
	}

	@Transactional(readOnly = true)
	public Comparison comparison(BriefId id) {
		BriefDetails brief = brief(id);
		return ComparisonPolicy.compare(brief.answered(), brief.weights(), brief.budgetMax());
	}

	/**
	 * The merchant chooses a provider that quoted and says why in a sentence: the choice is theirs, recorded as
	 * theirs. The other providers are told politely; every link stops working.
	 */
	public BriefDetails choose(BriefId id, UUID request, String reason, AccountId merchant) {
		BriefRow brief = briefs.lock(id).orElseThrow(NotFound::new);
		List<Problem> problems = new ArrayList<>();
		if (brief.status() != BriefStatus.SENT) {
			problems.add(Problem.about(null, "providers.choice.notSent"));
		}
		if (!dossiers.get(brief.application()).merchant().equals(merchant)) {
			problems.add(Problem.about(null, "providers.choice.merchantOnly"));
		}
		List<ShortlistEntry> shortlist = briefs.shortlist(id);
		Optional<ShortlistEntry> chosen = shortlist.stream()
			.filter(e -> e.id().equals(request) && e.active() && e.quote() != null)
			.findFirst();
		if (chosen.isEmpty()) {
			problems.add(Problem.about("request", "providers.choice.request.required"));
		}
		if (reason.isBlank()) {
			problems.add(Problem.about("reason", "providers.choice.reason.required"));
		}
		else if (reason.length() > REASON_MAX) {
			problems.add(Problem.about("reason", "providers.text.tooLong", REASON_MAX));
		}
		if (!problems.isEmpty()) {
			throw new ProvidersRefused(problems);
		}
		briefs.chosen(id, request, reason, merchant, clock.instant());
		briefs.log(id, Actor.of(merchant), "chosen", chosen.get().name(), reason, clock.instant());
		links.tellOutcome(brief, shortlist, request);
		events.publishEvent(new ProviderChosen(id, brief.application(), brief.actionKey(), chosen.get().provider(),
				clock.instant()));
		return brief(id);
	}

	/** For managers: how often each provider was shortlisted, quoted and chosen, and per advisor. */
	@Transactional(readOnly = true)
	public NeutralityReport neutrality() {
		return neutrality.report();
	}

	@Transactional(readOnly = true)
	public List<LogEntry> log(BriefId id) {
		return briefs.log(id);
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private List<Problem> changeProblems(BriefRow brief, String reason, Actor by, boolean byMerchant) {
		List<Problem> problems = new ArrayList<>(handlingProblems(brief, by, byMerchant));
		if (brief.status() == BriefStatus.CHOSEN) {
			problems.add(Problem.about(null, "providers.brief.chosenAlready"));
		}
		if (!byMerchant && reason.isBlank()) {
			problems.add(Problem.about("reason", "providers.shortlist.reason.required"));
		}
		if (reason.length() > REASON_MAX) {
			problems.add(Problem.about("reason", "providers.text.tooLong", REASON_MAX));
		}
		return problems;
	}

	/** A brief taken over from a person with a declared link is no longer theirs to change or send. */
	private List<Problem> handlingProblems(BriefRow brief, Actor by, boolean byMerchant) {
		AccountId person = by.accountId();
		if (!byMerchant && person != null && !interests.mayHandle(brief.id(), person)) {
			return List.of(Problem.about(null, "providers.conflict.takenFromYou"));
		}
		return List.of();
	}

	private void sendIfSent(BriefRow brief, UUID request) {
		if (brief.status() == BriefStatus.SENT) {
			briefs.shortlist(brief.id())
				.stream()
				.filter(entry -> entry.id().equals(request))
				.forEach(entry -> links.send(brief, entry));
		}
	}

	private List<ProviderDetails> fitting(BriefRow brief) {
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
