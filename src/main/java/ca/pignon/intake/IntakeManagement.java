package ca.pignon.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.EmailAddressManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Mailer;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.GeoPoint;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.territory.AddressQuery;
import ca.pignon.territory.Area;
import ca.pignon.territory.GeocodeCandidate;
import ca.pignon.territory.GeocodeMethod;
import ca.pignon.territory.Location;
import ca.pignon.territory.TerritoryManagement;
import ca.pignon.territory.TerritoryMap;
import ca.pignon.platform.People;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * Intake of merchants: the application filled step by step, its submission with an immediate eligibility decision,
 * and staff review (listing, evidence, overrides, manual placement), all kept in the audit trail.
 */
@Service
@Transactional
public class IntakeManagement {

	static final int PAGE_SIZE = 25;

	private final MerchantApplications applications;

	private final EligibilityPolicy policy;

	private final TerritoryManagement territory;

	private final ChangeLog changes;

	private final Consents consents;

	private final SectorCatalogue sectors;

	private final ApplicationSearch search;

	private final AccountManagement accounts;

	private final EmailAddressManagement emailAddresses;

	private final Mailer mailer;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final EligibilitySettings settings;

	private final Clock clock;

	private final People people;

	private final SdcChoices sdcChoices;

	IntakeManagement(MerchantApplications applications, EligibilityPolicy policy, TerritoryManagement territory,
			ChangeLog changes, Consents consents, SectorCatalogue sectors, ApplicationSearch search,
			AccountManagement accounts, EmailAddressManagement emailAddresses, Mailer mailer, MessageSource messages,
			ApplicationEventPublisher events, EligibilitySettings settings, Clock clock, People people,
			SdcChoices sdcChoices) {
		this.people = people;
		this.sdcChoices = sdcChoices;
		this.applications = applications;
		this.policy = policy;
		this.territory = territory;
		this.changes = changes;
		this.consents = consents;
		this.sectors = sectors;
		this.search = search;
		this.accounts = accounts;
		this.emailAddresses = emailAddresses;
		this.mailer = mailer;
		this.messages = messages;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	// --- the merchant's side -------------------------------------------------------------------------------------

	/**
	 * Creates a merchant's account and opens their draft, together or not at all; when the address already has an
	 * account, creates nothing and its owner is told by mail (see {@link AccountManagement#registerMerchant}). Callers
	 * that answer a person answer the same way in both cases.
	 * @return the new account, or empty when the address already had one
	 * @throws ca.pignon.platform.AccountRefused when the password is too weak
	 */
	public Optional<AccountId> register(String email, String password, Contact contact, Locale locale) {
		Optional<AccountId> account = accounts.registerMerchant(email, password,
				contact.firstName() + " " + contact.lastName(), locale);
		account.ifPresent(created -> startApplication(created, contact));
		return account;
	}

	/** Opens the draft of a merchant who has an account but none yet. */
	public ApplicationId startApplication(AccountId account, Contact contact) {
		if (applications.findByAccount(account.value()).isPresent()) {
			throw new IntakeRefused("intake.refused.alreadyStarted");
		}
		return applications.save(MerchantApplication.draft(account, contact, clock.instant())).applicationId();
	}

	@Transactional(readOnly = true)
	public Optional<ApplicationDetails> applicationOf(AccountId account, Locale locale) {
		return applications.findByAccount(account.value()).map(application -> details(application, locale));
	}

	public void describeContact(AccountId account, Contact contact) {
		var draft = draftOf(account);
		draft.describeContact(contact, clock.instant());
		applications.save(draft);
	}

	public void describeBusiness(AccountId account, Business business) {
		if (!sectors.exists(business.naicsCode())) {
			throw new IntakeRefused("intake.business.naicsCode.unknown");
		}
		var draft = draftOf(account);
		draft.describeBusiness(business, clock.instant());
		applications.save(draft);
	}

	public void describeStorefront(AccountId account, Storefront storefront) {
		var draft = draftOf(account);
		draft.describeStorefront(storefront, clock.instant());
		applications.save(draft);
	}

	public void describeOnlinePresence(AccountId account, @Nullable String website, @Nullable String facebook,
			@Nullable String instagram, @Nullable String otherLinks, Set<Goal> goals, @Nullable String goalsOther) {
		var draft = draftOf(account);
		draft.describeOnlinePresence(OnlinePresence.of(website, facebook, instagram, otherLinks, goals, goalsOther),
				clock.instant());
		applications.save(draft);
	}

	/** Records the commitment and the optional consents, each granted or withdrawn as the boxes say. */
	public void describeCommitment(AccountId account, Commitment commitment, Set<ConsentPurpose> consented,
			Locale locale) {
		var draft = draftOf(account);
		draft.describeCommitment(commitment, clock.instant());
		applications.save(draft);
		for (ConsentPurpose purpose : ConsentPurpose.values()) {
			setConsent(account, purpose, consented.contains(purpose), locale);
		}
	}

	/**
	 * Submits the draft: places the storefront, decides eligibility at once, records the evidence and the decision,
	 * and confirms by email. Any decision is recorded, a refusal too.
	 * @throws IntakeRefused when a step is missing, or the account's email address is not verified yet
	 * ({@link SubmissionPolicy}); the draft is kept as it is
	 */
	public ApplicationDetails submit(AccountId account, Locale locale) {
		var draft = draftOf(account);
		SubmissionPolicy.refusal(draft.isComplete(), emailAddresses.isEmailVerified(account)).ifPresent(key -> {
			throw new IntakeRefused(key);
		});
		Instant now = clock.instant();
		var storefront = draft.storefront();
		var placed = place(storefront);
		var decision = policy.assess(storefront.receptionMode(), placed.evidence(), storefront.municipality());
		var assessment = EligibilityAssessment.byRules(decision.eligibility(), decision.reasons(),
				rulesVersion(placed.location()));
		draft.submit(assessment, placed.evidence(), now);
		applications.save(draft);
		changes.record(draft.applicationId(), merchant(account), "SUBMITTED", now, null, describe(assessment), null);
		events.publishEvent(new ApplicationSubmitted(draft.applicationId(), account, decision.eligibility(), now));
		var details = details(draft, locale);
		mailer.send(details.email(), text("intake.mail.submitted.subject", locale),
				text("intake.mail.submitted.body", locale, details.contact().firstName(), details.displayName(),
						text("intake.Eligibility." + decision.eligibility().name(), locale)));
		return details;
	}

	@Transactional(readOnly = true)
	public Map<ConsentPurpose, Boolean> consentsOf(AccountId account) {
		Map<ConsentPurpose, Boolean> state = new EnumMap<>(ConsentPurpose.class);
		for (ConsentPurpose purpose : ConsentPurpose.values()) {
			state.put(purpose, consents.isActive(account, purpose));
		}
		return state;
	}

	@Transactional(readOnly = true)
	public List<ConsentRecord> consentHistory(AccountId account) {
		return consents.history(account);
	}

	public void setConsent(AccountId account, ConsentPurpose purpose, boolean granted, Locale locale) {
		if (granted) {
			consents.grant(account, purpose, locale, clock.instant());
		}
		else {
			consents.withdraw(account, purpose, clock.instant());
		}
	}

	@Transactional(readOnly = true)
	public List<EligibilitySettings.OtherResource> otherResources() {
		return settings.otherResources();
	}

	// --- sectors ---------------------------------------------------------------------------------------------------

	/** How many sectors a search answers, best first: the registration's step and the API alike. */
	public static final int SECTOR_RESULTS = 10;

	/** The longest sector search the API takes; the registration's step cuts what is longer. */
	public static final int SECTOR_QUERY_MAX_LENGTH = 100;

	/**
	 * Sectors for what a merchant typed (a trade in French or English, a title, a code), best first, at most
	 * {@value #SECTOR_RESULTS}, titled in the locale's language.
	 */
	@Transactional(readOnly = true)
	public List<Sector> searchSectors(String query, Locale locale) {
		return sectors.search(query, locale, SECTOR_RESULTS);
	}

	@Transactional(readOnly = true)
	public List<Sector> commonSectors(Locale locale) {
		return sectors.common(locale);
	}

	@Transactional(readOnly = true)
	public List<Sector> topLevelSectors(Locale locale) {
		return sectors.topLevel(locale);
	}

	@Transactional(readOnly = true)
	public Optional<Sector> sector(String code, Locale locale) {
		return sectors.find(code, locale);
	}

	// --- staff -----------------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public ApplicationPage search(ApplicationFilter filter, int page) {
		return search.search(filter, Math.max(0, page), PAGE_SIZE, null);
	}

	/** Among these applications only (what the reader may see, the dossier's rule says), or all when none is given. */
	@Transactional(readOnly = true)
	public ApplicationPage search(ApplicationFilter filter, int page,
			java.util.Optional<? extends java.util.Collection<ApplicationId>> among) {
		return search.search(filter, Math.max(0, page), PAGE_SIZE, among.orElse(null));
	}

	@Transactional(readOnly = true)
	public List<String[]> knownMunicipalities() {
		return search.distinct("municipality_code", "municipality_name");
	}

	@Transactional(readOnly = true)
	public List<String[]> knownArrondissements() {
		return search.distinct("arrondissement_code", "arrondissement_name");
	}

	@Transactional(readOnly = true)
	public ApplicationDetails application(ApplicationId id, Locale locale) {
		return details(find(id), locale);
	}

	/** The territory drawn for the placement map of the application page. */
	@Transactional(readOnly = true)
	public TerritoryMap territoryMap() {
		return territory.map();
	}

	// --- for selection --------------------------------------------------------------------------------------------

	/** The answers selection scores, and the eligibility, of one application as it stands now. */
	@Transactional(readOnly = true)
	public Optional<SelectionInputs> selectionInputs(ApplicationId id) {
		return applications.findById(id.value()).map(SelectionInputs::of);
	}

	/** Every submitted, eligible application, oldest submission first: the candidates of a selection round. */
	@Transactional(readOnly = true)
	public List<SelectionInputs> eligibleForSelection() {
		return applications.findEligible().stream().map(SelectionInputs::of).toList();
	}

	@Transactional(readOnly = true)
	public List<ApplicationChange> changesOf(ApplicationId id) {
		return changes.of(id);
	}

	/**
	 * Replaces the eligibility decision with a staff member's, who must say why.
	 * @param expectedVersion the version the staff member saw: a decision on a changed application is refused
	 */
	public void overrideEligibility(ApplicationId id, Eligibility eligibility, String reason, long expectedVersion,
			Actor actor) {
		requireReason(reason);
		var application = find(id);
		requireVersion(application, expectedVersion);
		var before = application.assessment();
		if (before != null && before.eligibility() == eligibility) {
			throw new IntakeRefused("intake.override.unchanged");
		}
		Instant now = clock.instant();
		application.decide(
				EligibilityAssessment.byStaff(eligibility, before == null ? policy.version() : before.rulesVersion()),
				now);
		saveChecked(application);
		changes.record(id, actor, "ELIGIBILITY_OVERRIDDEN", now, before == null ? null : describe(before),
				describe(application.assessment()), reason.strip());
		if (before != null) {
			events.publishEvent(new EligibilityChanged(id, before.eligibility(), eligibility, now));
		}
	}

	/**
	 * The application's SDC as staff see it: the one chosen by hand, or the one of its point.
	 *
	 * @param area the SDC, null for none
	 * @param manual whether staff chose it by hand (a new SDC layer then keeps it)
	 * @param choices the SDC areas of the layer in force, to choose from
	 */
	public record SdcPlacement(@Nullable Area area, boolean manual, List<Area> choices) {
	}

	public SdcPlacement sdc(ApplicationId id) {
		var application = find(id);
		Area area = sdcChoices.inForce(id, application.location(), territory).orElse(null);
		return new SdcPlacement(area, sdcChoices.manual(id).isPresent(),
				territory.sdcLayer().map(ca.pignon.territory.SdcLayer::areas).orElse(List.of()));
	}

	/**
	 * Staff set the merchant's SDC by hand, with a reason kept in the history (who, when, before, after): one of the
	 * layer's areas, none ({@link #NO_SDC}), or back to the one of the point ({@link #SDC_OF_POINT}). A new SDC layer
	 * keeps a choice made by hand.
	 */
	public void chooseSdc(ApplicationId id, @Nullable String choice, @Nullable String reason, Actor actor) {
		var application = find(id);
		if (application.status() == ApplicationStatus.DRAFT) {
			throw new IntakeRefused("intake.refused.notSubmitted");
		}
		List<Problem> problems = new ArrayList<>();
		SdcChoices.Manual manual = null;
		if (choice == null || choice.isBlank()) {
			problems.add(Problem.about("sdcChoice", "intake.sdc.choice.required"));
		}
		else if (NO_SDC.equals(choice)) {
			manual = new SdcChoices.Manual(null);
		}
		else if (!SDC_OF_POINT.equals(choice)) {
			var area = sdc(id).choices().stream().filter(candidate -> candidate.code().equals(choice)).findFirst();
			if (area.isEmpty()) {
				problems.add(Problem.about("sdcChoice", "intake.sdc.choice.unknown"));
			}
			manual = new SdcChoices.Manual(area.orElse(null));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(Problem.about("sdcReason", "intake.override.reason.required"));
		}
		else if (reason.length() > 2000) {
			problems.add(Problem.about("sdcReason", "intake.override.reason.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new IntakeRefused(problems);
		}
		Instant now = clock.instant();
		var before = sdc(id);
		sdcChoices.choose(id, manual);
		var after = sdc(id);
		changes.record(id, actor, "SDC_CHOSEN", now, describe(before), describe(after), reason.strip());
		events.publishEvent(new ApplicationPlaced(id, now));
	}

	/** The choice of {@link #chooseSdc} that says the merchant is in no SDC. */
	public static final String NO_SDC = "none";

	/** The choice of {@link #chooseSdc} that gives the SDC back to the point. */
	public static final String SDC_OF_POINT = "point";

	private static String describe(SdcPlacement placement) {
		// the history's change (SDC_CHOSEN) says it was set by hand; the values are the names, "—" for none
		return placement.area() == null ? "—" : placement.area().name();
	}

	/**
	 * Places the storefront where staff say it is, then decides eligibility again from that point.
	 */
	public void placeManually(ApplicationId id, GeoPoint point, String reason, long expectedVersion, Actor actor) {
		requireReason(reason);
		var application = find(id);
		requireVersion(application, expectedVersion);
		if (application.status() == ApplicationStatus.DRAFT) {
			// a draft may have no storefront yet: nothing to decide on
			throw new IntakeRefused("intake.refused.notSubmitted");
		}
		Instant now = clock.instant();
		var beforeLocation = application.location();
		var beforeAssessment = application.assessment();
		Location location = territory.locate(point);
		// the evidence says who placed the point, as it stood then (evidence is kept as it was read)
		var evidence = evidence(point, GeocodeMethod.MANUAL.name(), null, people.nameOf(actor), false, location);
		var storefront = application.storefront();
		var decision = policy.assess(storefront.receptionMode(), evidence, storefront.municipality());
		var assessment = EligibilityAssessment.byRules(decision.eligibility(), decision.reasons(),
				rulesVersion(location));
		application.reassess(assessment, evidence, now);
		saveChecked(application);
		changes.record(id, actor, "POINT_PLACED", now, describe(beforeLocation), describe(evidence), reason.strip());
		if (beforeAssessment == null || !describe(beforeAssessment).equals(describe(assessment))) {
			changes.record(id, actor, "ELIGIBILITY_REASSESSED", now,
					beforeAssessment == null ? null : describe(beforeAssessment), describe(assessment), reason.strip());
		}
		events.publishEvent(new ApplicationPlaced(id, now));
		if (beforeAssessment != null && beforeAssessment.eligibility() != assessment.eligibility()) {
			events.publishEvent(new EligibilityChanged(id, beforeAssessment.eligibility(), assessment.eligibility(), now));
		}
	}

	/**
	 * The storefront of a submitted application was corrected: the rules place it and decide again, and the decision
	 * waits for staff ({@link Eligibility#TO_VERIFY}, with what the rules said among its reasons), in the history and
	 * told to the dossier and selection as a placement and an eligibility change would be.
	 */
	void relocate(MerchantApplication application, Actor actor, Instant now) {
		var beforeAssessment = application.assessment();
		var storefront = application.storefront();
		var placed = place(storefront);
		var decision = policy.assess(storefront.receptionMode(), placed.evidence(), storefront.municipality());
		List<EligibilityReason> reasons = new ArrayList<>();
		reasons.add(EligibilityReason.ADDRESS_CORRECTED);
		reasons.addAll(decision.reasons());
		var assessment = EligibilityAssessment.byRules(Eligibility.TO_VERIFY, reasons, rulesVersion(placed.location()));
		application.reassess(assessment, placed.evidence(), now);
		saveChecked(application);
		changes.record(application.applicationId(), actor, "ELIGIBILITY_REASSESSED", now,
				beforeAssessment == null ? null : describe(beforeAssessment), describe(assessment), null);
		events.publishEvent(new ApplicationPlaced(application.applicationId(), now));
		if (beforeAssessment != null && beforeAssessment.eligibility() != assessment.eligibility()) {
			events.publishEvent(new EligibilityChanged(application.applicationId(), beforeAssessment.eligibility(),
					assessment.eligibility(), now));
		}
	}

	// --- inside ----------------------------------------------------------------------------------------------------

	private record Placement(@Nullable LocationEvidence evidence, @Nullable Location location) {
	}

	private Placement place(Storefront storefront) {
		List<GeocodeCandidate> candidates = territory.geocode(new AddressQuery(storefront.civicNumber(),
				storefront.street(), storefront.unit(), storefront.municipality(), storefront.postalCode()));
		if (candidates.isEmpty()) {
			return new Placement(null, null);
		}
		var best = candidates.get(0);
		var location = territory.locate(best.point());
		return new Placement(evidence(best.point(), best.method().name(), best.score(), best.label(),
				best.approximate(), location), location);
	}

	private static LocationEvidence evidence(GeoPoint point, String method, @Nullable Double score,
			@Nullable String label, boolean approximate, Location location) {
		return new LocationEvidence(point.latitude(), point.longitude(), method, score, label, approximate,
				location.municipality() == null ? null : location.municipality().code(),
				location.municipality() == null ? null : location.municipality().name(), location.inProgramTerritory(),
				location.arrondissement() == null ? null : location.arrondissement().code(),
				location.arrondissement() == null ? null : location.arrondissement().name(),
				location.quartier() == null ? null : location.quartier().code(),
				location.quartier() == null ? null : location.quartier().name(),
				location.precision() == null ? null : location.precision().name(),
				round(location.boundaryDistanceMeters()), round(location.programEdgeDistanceMeters()));
	}

	private String rulesVersion(@Nullable Location location) {
		return policy.version() + "/" + (location == null ? territory.boundariesVersion() : location.boundariesVersion());
	}

	private MerchantApplication draftOf(AccountId account) {
		var application = applications.findByAccount(account.value())
			.orElseThrow(() -> new IntakeRefused("intake.refused.noDraft"));
		if (application.status() != ApplicationStatus.DRAFT) {
			throw new IntakeRefused("intake.refused.alreadySubmitted");
		}
		return application;
	}

	private MerchantApplication find(ApplicationId id) {
		return applications.findById(id.value()).orElseThrow(ApplicationNotFound::new);
	}

	private static void requireReason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IntakeRefused("intake.override.reason.required");
		}
		if (reason.length() > 2000) {
			throw new IntakeRefused("intake.override.reason.tooLong");
		}
	}

	private static void requireVersion(MerchantApplication application, long expectedVersion) {
		if (application.version() != expectedVersion) {
			throw new IntakeRefused("intake.refused.staleVersion");
		}
	}

	/**
	 * A colleague who saved between our version check and our update wins: say so as the version check would, rather
	 * than fail with a database error.
	 */
	private void saveChecked(MerchantApplication application) {
		try {
			applications.save(application);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new IntakeRefused("intake.refused.staleVersion");
		}
	}

	private ApplicationDetails details(MerchantApplication application, Locale locale) {
		AccountSummary account = accounts.find(application.accountId()).orElseThrow();
		Sector sector = application.business() == null ? null
				: sectors.find(application.business().naicsCode(), locale).orElse(null);
		return new ApplicationDetails(application.applicationId(), application.accountId(), account.email(),
				account.emailVerified(), application.status(), application.completedSteps(), application.version(),
				application.createdAt(), application.submittedAt(), application.contact(), application.business(),
				sector, application.storefront(), application.online(), application.commitment(),
				application.assessment(), application.location());
	}

	private static Actor merchant(AccountId account) {
		return Actor.of(account);
	}

	private static String describe(@Nullable EligibilityAssessment assessment) {
		return assessment == null ? "" : assessment.eligibility().name() + " " + assessment.eligibilityReasons();
	}

	private static String describe(@Nullable LocationEvidence evidence) {
		if (evidence == null) {
			return "";
		}
		return String.format(Locale.ROOT, "%.6f, %.6f %s", evidence.latitude(), evidence.longitude(),
				evidence.geocodeMethod());
	}

	private static @Nullable Double round(double meters) {
		return Double.isFinite(meters) ? Math.round(meters * 10) / 10.0 : null;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
