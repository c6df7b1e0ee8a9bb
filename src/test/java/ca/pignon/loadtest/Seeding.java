package ca.pignon.loadtest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.EmailAddressManagement;
import ca.pignon.platform.Role;
import ca.pignon.selection.AdvisorSuggestion;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.Ranking;
import ca.pignon.selection.RankingRow;
import ca.pignon.selection.ReasonTemplate;
import ca.pignon.selection.RecordDecision;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.ScoreInput;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.TeamPlaces;
import ca.pignon.shared.AccountId;
import ca.pignon.territory.TerritoryManagement;

/**
 * Fills an empty Pignon database for the load test, through the modules' APIs only, as people would through the
 * pages: merchants register (the verification link of their mail is followed), describe their business in the five
 * steps and submit, so that the real eligibility rules decide on the real address index and record genuine evidence;
 * staff are invited and choose their password from the link of their invitation; a manager opens a round, assigns
 * reviewers, who score and submit (some disagree, some declare a conflict, some have not finished); the manager
 * records decisions (retained with the advisor Pignon suggests, waitlisted, not retained), two merchants withdraw
 * and a freed place is offered to the waitlist. The ranking is then what the selection code computed.
 * <p>
 * What is made fast, and how: several merchants are registered in one transaction (the API's own transactions join
 * it), on a few threads; the password hash is computed once (see {@link LoadTestSeeder}). Nothing is written to the
 * database by hand.
 */
final class Seeding {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	/** The password of every seeded account, merchants and staff (fictional data only). */
	static final String PASSWORD = "charge-pignon-2026";

	static final String MANAGER_EMAIL = "gestion@" + FictionalMerchants.EMAIL_DOMAIN;

	static final String ADMIN_EMAIL = "admin@" + FictionalMerchants.EMAIL_DOMAIN;

	static final String ROUND_NAME = "Cohorte du test de charge (fictive)";

	private static final Logger log = LoggerFactory.getLogger(Seeding.class);

	private static final Pattern VERIFY_LINK = Pattern.compile("/account/verify/([A-Za-z0-9_-]+)");

	private static final Pattern PASSWORD_LINK = Pattern.compile("/account/password/([A-Za-z0-9_-]+)");

	private static final List<String> ADVISOR_NAMES = List.of("Alexandre Bélanger", "Béatrice Caron",
			"Charles Dufour", "Diane Émond", "Félix Gariépy", "Hélène Jobin", "Inès Kaddour", "Jérôme Labrie",
			"Karine Mercier", "Laurent Nolin", "Maude Ouimet", "Noémie Paré", "Patrice Rioux", "Rachel Savard",
			"Sébastien Turcotte", "Tania Vachon");

	private static final List<String> TEAM_NAMES = List.of("Équipe Centre", "Équipe Ouest", "Équipe Nord",
			"Équipe Est", "Équipe Sud", "Équipe Rive");

	/**
	 * What to seed.
	 * @param applications eligible, submitted applications
	 * @param reviewedShare the share of them that get reviewers
	 * @param threads threads registering merchants and reviewing
	 * @param batch merchants (or reviewed applications) per transaction
	 */
	record Plan(int applications, int teams, int advisorsPerTeam, int placesPerTeam, double reviewedShare,
			int threads, int batch, long randomSeed) {

		static Plan forApplications(int applications, int threads) {
			return new Plan(applications, 4, 3, Math.max(1, applications / 200), 0.25, threads, 25, 20261128L);
		}

		int places() {
			return teams * placesPerTeam;
		}

	}

	/** Moves the application's clock for the current thread, so that submissions spread over weeks, not minutes. */
	interface TimeTravel {

		void at(Instant instant);

		void back();

		TimeTravel NONE = new TimeTravel() {
			@Override
			public void at(Instant instant) {
			}

			@Override
			public void back() {
			}
		};

	}

	/** What was seeded, for the record the load test reads. */
	record Result(RoundId round, int applications, int places, Map<String, Long> arrondissements, int reviewed,
			int reviewsSubmitted, int conflicts, int flagged, int retained, int waitlisted, int notRetained,
			int withdrawn, Map<String, Duration> durations) {
	}

	private final IntakeManagement intake;

	private final AccountManagement accounts;

	private final EmailAddressManagement emailAddresses;

	private final SelectionManagement selection;

	private final TerritoryManagement territory;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TimeTravel time;

	Seeding(IntakeManagement intake, AccountManagement accounts, EmailAddressManagement emailAddresses,
			SelectionManagement selection,			TerritoryManagement territory, JdbcClient jdbc, TransactionTemplate transactions, TimeTravel time) {
		this.intake = intake;
		this.accounts = accounts;
		this.emailAddresses = emailAddresses;
		this.selection = selection;
		this.territory = territory;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.time = time;
	}

	Result seed(Plan plan) {
		Map<String, Duration> durations = new LinkedHashMap<>();
		long started = System.nanoTime();
		refuseUnlessEmpty();
		for (String code : FictionalMerchants.naicsCodes()) {
			if (intake.sector(code, FRENCH).isEmpty()) {
				throw new IllegalStateException("NAICS code unknown to the catalogue: " + code);
			}
		}
		var addresses = FictionalMerchants.eligibleAddresses(territory, 100);
		log.info("{} addresses of the shipped list are placed exactly, 100 m or more inside the program territory: {}",
				addresses.size(), FictionalMerchants.byArrondissement(addresses));
		Instant until = Instant.now().minus(Duration.ofHours(2));
		var merchants = FictionalMerchants.generate(plan.applications(), addresses, plan.randomSeed(), until,
				Duration.ofDays(45));
		long step = System.nanoTime();
		registerAndSubmit(merchants, plan);
		durations.put("merchants", since(step));
		awaitEvents();

		step = System.nanoTime();
		Actor manager = staff(MANAGER_EMAIL, "Gabrielle Gestion (fictive)", Role.MANAGER);
		List<List<Actor>> teams = new ArrayList<>();
		List<String> areas = jdbc.sql("""
				SELECT DISTINCT arrondissement_code FROM intake_application
				WHERE arrondissement_code IS NOT NULL ORDER BY arrondissement_code""").query(String.class).list();
		int advisorNumber = 0;
		for (int t = 0; t < plan.teams(); t++) {
			List<Actor> members = new ArrayList<>();
			for (int a = 0; a < plan.advisorsPerTeam(); a++) {
				String name = ADVISOR_NAMES.get(advisorNumber % ADVISOR_NAMES.size()) + " (fictif)";
				Actor advisor = staff(String.format(Locale.ROOT, "conseil-%02d@%s", ++advisorNumber,
						FictionalMerchants.EMAIL_DOMAIN), name, Role.ADVISOR);
				if (!areas.isEmpty()) {
					selection.setAdvisorAreas(advisor.accountId(),
							Set.of(areas.get((advisorNumber - 1) % areas.size())), manager);
				}
				members.add(advisor);
			}
			teams.add(members);
		}
		List<TeamPlaces> places = new ArrayList<>();
		for (int t = 0; t < teams.size(); t++) {
			places.add(new TeamPlaces(TEAM_NAMES.get(t % TEAM_NAMES.size()) + (t < TEAM_NAMES.size() ? "" : " " + t),
					plan.placesPerTeam(),
					new HashSet<>(teams.get(t).stream().map(Actor::accountId).toList())));
		}
		durations.put("staff", since(step));

		step = System.nanoTime();
		RoundId round = selection.openRound(ROUND_NAME, places, manager);
		durations.put("openRound", since(step));
		Ranking opened = selection.ranking(round);
		if (opened.rows().size() != plan.applications()) {
			throw new IllegalStateException("The round ranks " + opened.rows().size() + " applications, not "
					+ plan.applications());
		}

		step = System.nanoTime();
		List<Actor> reviewers = new ArrayList<>();
		teams.forEach(reviewers::addAll);
		int[] reviewCounts = review(round, opened, reviewers, manager, plan);
		durations.put("reviews", since(step));
		awaitEvents();

		step = System.nanoTime();
		int[] decisions = decide(round, manager, plan);
		durations.put("decisions", since(step));
		awaitEvents();

		Ranking stored = selection.ranking(round);
		Ranking recomputed = selection.recomputeRanking(round);
		if (!stored.equals(recomputed)) {
			throw new IllegalStateException("The stored ranking differs from the ranking computed again");
		}
		int flagged = (int) stored.rows().stream().filter(RankingRow::flagged).count();
		durations.put("total", since(started));
		Map<String, Long> spread = new java.util.TreeMap<>();
		jdbc.sql("""
				SELECT arrondissement_name, count(*) AS n FROM intake_application
				WHERE status = 'SUBMITTED' AND eligibility = 'ELIGIBLE' GROUP BY arrondissement_name""")
			.query(rs -> {
				spread.put(rs.getString("arrondissement_name"), rs.getLong("n"));
			});
		return new Result(round, stored.rows().size(), plan.places(), spread, reviewCounts[0], reviewCounts[1],
				reviewCounts[2], flagged, decisions[0], decisions[1], decisions[2], decisions[3], durations);
	}

	private void refuseUnlessEmpty() {
		int applications = jdbc.sql("SELECT count(*) FROM intake_application").query(Integer.class).single();
		int rounds = jdbc.sql("SELECT count(*) FROM selection_round").query(Integer.class).single();
		if (applications > 0 || rounds > 0) {
			throw new IllegalStateException("The database already holds " + applications + " applications and "
					+ rounds + " rounds: the load-test seeder only fills an empty database");
		}
	}

	// --- merchants -------------------------------------------------------------------------------------------------

	private void registerAndSubmit(List<FictionalMerchants.Merchant> merchants, Plan plan) {
		AtomicInteger done = new AtomicInteger();
		long started = System.nanoTime();
		runInBatches(merchants, plan, batch -> {
			registerAndSubmit(batch);
			int total = done.addAndGet(batch.size());
			if (total % 1000 < batch.size()) {
				log.info("{} merchants registered and submitted ({} s)", total,
						Duration.ofNanos(System.nanoTime() - started).toSeconds());
			}
		});
	}

	/** One batch, in one transaction: register, follow the verification link, describe the business, submit. */
	private void registerAndSubmit(List<FictionalMerchants.Merchant> batch) {
		try {
			List<AccountId> accountIds = new ArrayList<>();
			for (var merchant : batch) {
				time.at(merchant.registeredAt());
				accountIds.add(intake.register(merchant.email(), PASSWORD, merchant.contact(), FRENCH)
					.orElseThrow(() -> new IllegalStateException(merchant.email() + " already has an account")));
			}
			Map<String, String> links = links(batch.stream().map(FictionalMerchants.Merchant::email).toList(),
					VERIFY_LINK);
			for (int i = 0; i < batch.size(); i++) {
				var merchant = batch.get(i);
				AccountId account = accountIds.get(i);
				time.at(merchant.registeredAt().plusSeconds(50));
				if (!emailAddresses.verifyEmail(links.get(merchant.email()))) {
					throw new IllegalStateException("The verification link of " + merchant.email() + " failed");
				}
				time.at(merchant.registeredAt().plusSeconds(120));
				intake.describeBusiness(account, merchant.business());
				intake.describeStorefront(account, merchant.storefront());
				intake.describeOnlinePresence(account, merchant.website(), merchant.facebook(), merchant.instagram(),
						merchant.otherLinks(), merchant.goals(), null);
				intake.describeCommitment(account, merchant.commitment(), merchant.consents(), FRENCH);
				time.at(merchant.submittedAt());
				var submitted = intake.submit(account, FRENCH);
				if (submitted.assessment() == null
						|| submitted.assessment().eligibility() != Eligibility.ELIGIBLE) {
					throw new IllegalStateException(merchant.email() + " at " + merchant.storefront().oneLine()
							+ " was not found eligible: " + submitted.assessment());
				}
			}
		}
		finally {
			time.back();
		}
	}

	/** The secret of the last link of each address's mail, read from the outbox as the person would read the mail. */
	private Map<String, String> links(Collection<String> emails, Pattern link) {
		Map<String, String> secrets = new HashMap<>();
		jdbc.sql("SELECT recipient, body FROM platform_mail WHERE recipient IN (:emails) ORDER BY created_at")
			.param("emails", List.copyOf(emails))
			.query(rs -> {
				Matcher matcher = link.matcher(rs.getString("body"));
				if (matcher.find()) {
					secrets.put(rs.getString("recipient"), matcher.group(1));
				}
			});
		if (secrets.size() != emails.size()) {
			throw new IllegalStateException("Some mails hold no link: " + emails.size() + " addresses, "
					+ secrets.size() + " links");
		}
		return secrets;
	}

	// --- staff -----------------------------------------------------------------------------------------------------

	/** Invites a staff member, who then chooses their password from the invitation's link. */
	private Actor staff(String email, String name, Role role) {
		AccountId id = accounts.inviteStaff(email, name, role, FRENCH);
		accounts.setPasswordFromLink(links(List.of(email), PASSWORD_LINK).get(email), PASSWORD);
		return Actor.of(id);
	}

	// --- reviews ---------------------------------------------------------------------------------------------------

	private record ReviewPlan(ApplicationId application, List<Actor> reviewers, int quality, int roll) {
	}

	/**
	 * Reviewers for a share of the applications, two each (sometimes the manager): most score and submit, some keep
	 * a draft, some have not started, a few declare a conflict of interest; a few pairs disagree by 3 points or more.
	 * @return reviewed applications, submitted reviews, conflicts
	 */
	private int[] review(RoundId round, Ranking opened, List<Actor> advisors, Actor manager, Plan plan) {
		Random random = new Random(plan.randomSeed() + 1);
		List<ReviewPlan> plans = new ArrayList<>();
		for (RankingRow row : opened.rows()) {
			if (random.nextDouble() >= plan.reviewedShare()) {
				continue;
			}
			Actor first = advisors.get(random.nextInt(advisors.size()));
			Actor second = random.nextInt(100) < 5 ? manager : advisors.get(random.nextInt(advisors.size()));
			while (second.equals(first)) {
				second = advisors.get(random.nextInt(advisors.size()));
			}
			int quality = Math.min(4, Math.max(0, (int) Math.round(2 + random.nextGaussian())));
			plans.add(new ReviewPlan(row.applicationId(), List.of(first, second), quality, random.nextInt(1000)));
		}
		AtomicInteger submitted = new AtomicInteger();
		AtomicInteger conflicts = new AtomicInteger();
		runInBatches(plans, plan, batch -> {
			for (ReviewPlan review : batch) {
				Random values = new Random(review.roll() * 31L + review.application().hashCode());
				for (int r = 0; r < review.reviewers().size(); r++) {
					Actor reviewer = review.reviewers().get(r);
					selection.assignReviewer(round, review.application(), reviewer.accountId(), manager);
					int roll = (review.roll() + r * 337) % 1000;
					if (roll < 8) {
						selection.declareConflict(round, review.application(), reviewer,
								"Je connais personnellement la propriétaire (fictif).");
						conflicts.incrementAndGet();
						continue;
					}
					if (roll >= 960) {
						continue; // assigned, not started
					}
					boolean disagrees = r == 1 && review.roll() < 40;
					selection.saveScores(round, review.application(), reviewer,
							scores(review.quality(), disagrees, values));
					if (roll < 880) {
						selection.submitReview(round, review.application(), reviewer);
						submitted.incrementAndGet();
					}
				}
			}
		});
		return new int[] { plans.size(), submitted.get(), conflicts.get() };
	}

	private static List<ScoreInput> scores(int quality, boolean disagrees, Random random) {
		List<ScoreInput> scores = new ArrayList<>();
		for (String code : List.of("GOALS_CLARITY", "TRAINING_OPENNESS", "PROJECT_FIT")) {
			int value = disagrees ? (quality >= 2 ? 0 : 4)
					: Math.min(4, Math.max(0, quality + random.nextInt(3) - 1));
			scores.add(new ScoreInput(code, value, justification(code, value)));
		}
		return scores;
	}

	private static String justification(String code, int value) {
		String level = switch (value) {
			case 0 -> "absent";
			case 1 -> "faible";
			case 2 -> "correct";
			case 3 -> "bon";
			default -> "excellent";
		};
		return switch (code) {
			case "GOALS_CLARITY" -> "Objectifs décrits : niveau " + level + " de précision et de lien avec la clientèle.";
			case "TRAINING_OPENNESS" -> "Disponibilité pour la formation et les rencontres : " + level + ".";
			default -> "Adéquation du projet avec les besoins du commerce : " + level + ".";
		};
	}

	// --- decisions -------------------------------------------------------------------------------------------------

	/**
	 * Decisions as a manager takes them from the ranked list: three quarters of the places retained (with the advisor
	 * Pignon suggests first), the next ones waitlisted, the last ones not retained; then two retained merchants
	 * withdraw and the first freed place is offered to the waitlist.
	 * @return retained, waitlisted, not retained, withdrawn
	 */
	private int[] decide(RoundId round, Actor manager, Plan plan) {
		Ranking ranking = selection.ranking(round);
		List<RankingRow> rows = ranking.rows();
		Map<DecisionStatus, List<ReasonTemplate>> templates = new HashMap<>();
		for (DecisionStatus status : List.of(DecisionStatus.RETAINED, DecisionStatus.WAITLISTED,
				DecisionStatus.NOT_RETAINED)) {
			templates.put(status, selection.reasonTemplates(status, FRENCH));
		}
		int placesEnd = Math.min(rows.size(), plan.places());
		int retain = Math.min(placesEnd, Math.max(1, plan.places() * 3 / 4));
		int waitlist = Math.min(rows.size() - placesEnd, Math.max(1, plan.places() / 5));
		int notRetain = Math.min(rows.size() - placesEnd - waitlist, Math.max(1, plan.places() / 2));
		int retained = 0;
		for (RankingRow row : rows.subList(0, retain)) {
			AdvisorSuggestion advisor = selection.suggestAdvisors(round, row.applicationId())
				.stream()
				.filter(AdvisorSuggestion::available)
				.findFirst()
				.orElseThrow();
			ReasonTemplate reason = templates.get(DecisionStatus.RETAINED).get(0);
			selection.decide(new RecordDecision(round, row.applicationId(), DecisionStatus.RETAINED, null,
					advisor.advisor().id(), reason.key(), reason.text(), row.version(), manager));
			retained++;
		}
		int waitlisted = 0;
		for (RankingRow row : rows.subList(placesEnd, placesEnd + waitlist)) {
			List<ReasonTemplate> reasons = templates.get(DecisionStatus.WAITLISTED);
			ReasonTemplate reason = reasons.get(row.borderline() && reasons.size() > 1 ? 1 : 0);
			selection.decide(new RecordDecision(round, row.applicationId(), DecisionStatus.WAITLISTED, null, null,
					reason.key(), reason.text(), row.version(), manager));
			waitlisted++;
		}
		int notRetained = 0;
		for (RankingRow row : rows.subList(rows.size() - notRetain, rows.size())) {
			List<ReasonTemplate> reasons = templates.get(DecisionStatus.NOT_RETAINED);
			ReasonTemplate reason = reasons.get(notRetained % reasons.size());
			selection.decide(new RecordDecision(round, row.applicationId(), DecisionStatus.NOT_RETAINED, null, null,
					reason.key(), reason.text(), row.version(), manager));
			notRetained++;
		}
		int withdrawn = 0;
		if (retained >= 4 && waitlisted >= 1) {
			Ranking now = selection.ranking(round);
			for (RankingRow row : List.of(rows.get(retain / 2), rows.get(retain - 1))) {
				long version = now.row(row.applicationId()).orElseThrow().version();
				selection.withdraw(round, row.applicationId(),
						"Le commerçant a écrit qu’il ne pourra pas participer cette année (fictif).", version, manager);
				withdrawn++;
			}
			selection.offerFreedPlace(round, null, manager);
		}
		return new int[] { retained, waitlisted, notRetained, withdrawn };
	}

	// --- plumbing --------------------------------------------------------------------------------------------------

	private interface BatchWork<T> {

		void run(List<T> batch);

	}

	/** Runs the work on the plan's threads, each batch in one transaction; the first failure stops everything. */
	private <T> void runInBatches(List<T> items, Plan plan, BatchWork<T> work) {
		ExecutorService pool = Executors.newFixedThreadPool(plan.threads());
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int from = 0; from < items.size(); from += plan.batch()) {
				List<T> batch = items.subList(from, Math.min(items.size(), from + plan.batch()));
				futures.add(pool.submit(() -> transactions.executeWithoutResult(status -> work.run(batch))));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("Seeding failed: " + ex.getCause(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Waits until the modules' listeners have handled every event published so far. */
	void awaitEvents() {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Integer.class)
			.single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Events still unhandled after 5 minutes");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static Duration since(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos);
	}

}
