package ca.pignon.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ca.pignon.dossier.DossierLifecycle;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.PersonalDataManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.People;
import ca.pignon.privacy.internal.RequestRows;
import ca.pignon.privacy.internal.RetentionRows;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * Retention (Loi 25): each day, the dossiers whose personal information has served its purpose
 * ({@link RetentionPolicy}) are anonymised through every module's personal-data hook, one transaction per dossier, and
 * the log says which rule was applied to which dossier and when (ids, never content). A manager sees what comes in
 * the next 30 days and places a legal hold on a dossier, with its reason: a held dossier is skipped while the hold
 * lasts.
 */
@Service
@Transactional(readOnly = true)
public class Retention {

	/** How far ahead the managers' page looks. */
	public static final int LOOK_AHEAD_DAYS = 30;

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/** A dossier retention will reach (or reached, if held), with its rule and the day. */
	public record Upcoming(ApplicationId application, String businessName, RetentionRule rule, LocalDate dueOn,
			@Nullable String holdReason) {

		public boolean held() {
			return holdReason != null;
		}

	}

	/** A legal hold in force. */
	public record Hold(ApplicationId application, String businessName, String reason, String placedBy,
			java.time.Instant placedAt) {
	}

	/** One line of the log. */
	public record Done(ApplicationId application, RetentionRule rule, LocalDate dueOn, java.time.Instant at) {
	}

	/** What a run did: the dossiers anonymised, and those skipped because a hold keeps them. */
	public record Run(List<ApplicationId> anonymised, List<ApplicationId> held, List<ApplicationId> failed) {
	}

	private final RetentionPolicy policy;

	private final DossierManagement dossiers;

	private final PersonalDataManagement personalData;

	private final RetentionRows rows;

	private final People people;

	private final Clock clock;

	private final TransactionTemplate eachDossier;

	private final RequestRows requests;

	Retention(DossierManagement dossiers, PersonalDataManagement personalData, RetentionRows rows, RequestRows requests,
			People people, Clock clock, PlatformTransactionManager transactions,
			@Value("${pignon.privacy.retention.not-eligible-months:12}") int notEligibleMonths,
			@Value("${pignon.privacy.retention.closed-years:3}") int closedYears,
			@Value("${pignon.privacy.retention.not-accompanied-years:1}") int notAccompaniedYears,
			@Value("${pignon.privacy.retention.program-year-end:--03-31}") String programYearEnd,
			@Value("${pignon.privacy.zone:America/Toronto}") ZoneId zone,
			@Value("${pignon.privacy.retention.public-request-years:2}") int publicRequestYears) {
		this.policy = new RetentionPolicy(notEligibleMonths, closedYears, notAccompaniedYears,
				MonthDay.parse(programYearEnd), zone, publicRequestYears);
		this.requests = requests;
		this.dossiers = dossiers;
		this.personalData = personalData;
		this.rows = rows;
		this.people = people;
		this.clock = clock;
		this.eachDossier = new TransactionTemplate(transactions);
		this.eachDossier.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public RetentionPolicy policy() {
		return policy;
	}

	/** What retention reaches by {@link #LOOK_AHEAD_DAYS} days from today, not done yet, held ones included. */
	public List<Upcoming> upcoming() {
		LocalDate until = today().plusDays(LOOK_AHEAD_DAYS);
		Set<UUID> done = rows.done();
		Map<UUID, String> holds = holdReasons();
		List<Upcoming> upcoming = new ArrayList<>();
		List<DossierLifecycle> due = new ArrayList<>();
		for (DossierLifecycle dossier : dossiers.lifecycles()) {
			if (!done.contains(dossier.applicationId().value())) {
				policy.dueOf(dossier).filter(d -> !d.on().isAfter(until)).ifPresent(d -> due.add(dossier));
			}
		}
		Map<ApplicationId, String> names = dossiers.names(due.stream().map(DossierLifecycle::applicationId).toList());
		for (DossierLifecycle dossier : due) {
			RetentionPolicy.Due d = policy.dueOf(dossier).orElseThrow();
			upcoming.add(new Upcoming(dossier.applicationId(), names.getOrDefault(dossier.applicationId(), ""),
					d.rule(), d.on(), holds.get(dossier.applicationId().value())));
		}
		upcoming.sort(Comparator.comparing(Upcoming::dueOn).thenComparing(Upcoming::businessName));
		return upcoming;
	}

	/** Every hold in force, the latest first. */
	public List<Hold> holds() {
		List<RetentionRows.Hold> holds = rows.holds();
		Map<ApplicationId, String> names = dossiers.names(holds.stream()
			.map(hold -> new ApplicationId(hold.application()))
			.toList());
		Map<AccountId, String> placers = people.namesOf(holds.stream().map(hold -> new AccountId(hold.placedBy()))
			.toList());
		return holds.stream()
			.map(hold -> new Hold(new ApplicationId(hold.application()),
					names.getOrDefault(new ApplicationId(hold.application()), ""), hold.reason(),
					placers.getOrDefault(new AccountId(hold.placedBy()), ""), hold.placedAt()))
			.toList();
	}

	/** The latest lines of the log, the latest first. */
	public List<Done> log(int most) {
		return rows.log(most, null)
			.stream()
			.map(done -> new Done(new ApplicationId(done.application()), RetentionRule.valueOf(done.rule()),
					done.dueOn(), done.at()))
			.toList();
	}

	/** Keeps this dossier out of retention until the hold is lifted. */
	@Transactional
	public void hold(ApplicationId application, @Nullable String reason, AccountId by) {
		String text = RequestTextPolicy.REASON.clean(reason);
		dossiers.find(application).orElseThrow(NotFound::new);
		if (!rows.hold(application.value(), text, by.value(), clock.instant())) {
			throw new PrivacyRefused("reason", "privacy.retention.alreadyHeld");
		}
	}

	@Transactional
	public void lift(ApplicationId application, AccountId by) {
		if (!rows.lift(application.value(), by.value(), clock.instant())) {
			throw new NotFound();
		}
	}

	@Scheduled(cron = "${pignon.privacy.retention.cron:0 30 3 * * *}", zone = "${pignon.privacy.zone:America/Toronto}")
	@SchedulerLock(name = "privacy.daily-retention", lockAtLeastFor = "PT1M", lockAtMostFor = "PT2H")
	void applyOnSchedule() {
		apply();
		destroyAnsweredPublicRequests();
	}

	/**
	 * Destroys the requests from the public form answered long enough ago ({@link RetentionPolicy}): they belong to
	 * no dossier, so no dossier rule ever reaches them. The log says how many and which ids, never what they said.
	 */
	@Transactional
	public List<UUID> destroyAnsweredPublicRequests() {
		List<UUID> destroyed = requests.destroyPublicAnsweredBefore(
				policy.publicRequestsAnsweredBefore(clock.instant()));
		log.info("retention: {} public request(s) destroyed {}", destroyed.size(), destroyed);
		return destroyed;
	}

	/**
	 * Anonymises every dossier due today or before, not held and not done yet, each in a transaction of its own (one
	 * that fails is tried again the next day, the others are done), and logs what it did.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public Run apply() {
		LocalDate today = today();
		Set<UUID> done = rows.done();
		Set<UUID> held = holdReasons().keySet();
		List<ApplicationId> anonymised = new ArrayList<>();
		List<ApplicationId> skipped = new ArrayList<>();
		List<ApplicationId> failed = new ArrayList<>();
		for (DossierLifecycle dossier : dossiers.lifecycles()) {
			UUID id = dossier.applicationId().value();
			var due = policy.dueOf(dossier).filter(d -> !d.on().isAfter(today));
			if (due.isEmpty() || done.contains(id)) {
				continue;
			}
			if (held.contains(id)) {
				skipped.add(dossier.applicationId());
				continue;
			}
			try {
				eachDossier.executeWithoutResult(status -> {
					// the log's row first: another instance that got there first leaves nothing to do
					if (rows.record(id, due.get().rule().name(), due.get().on(), clock.instant())
							&& !rows.held(id)) {
						personalData.anonymise(dossier.subject());
						anonymised.add(dossier.applicationId());
					}
					else {
						status.setRollbackOnly();
					}
				});
			}
			catch (RuntimeException failure) {
				failed.add(dossier.applicationId());
				log.error("retention: dossier {} could not be anonymised ({}); tried again next run", id,
						failure.getClass().getSimpleName());
			}
		}
		log.info("retention: {} dossier(s) anonymised {}, {} held {}, {} failed {}", anonymised.size(), anonymised,
				skipped.size(), skipped, failed.size(), failed);
		return new Run(anonymised, skipped, failed);
	}

	private Map<UUID, String> holdReasons() {
		Map<UUID, String> reasons = new java.util.HashMap<>();
		rows.holds().forEach(hold -> reasons.put(hold.application(), hold.reason()));
		return reasons;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), policy.zone());
	}

}
