package ca.pignon.progress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.Choice;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.diagnostic.Dimension;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.diagnostic.Respondent;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.followup.MeetingDetails;
import ca.pignon.followup.MeetingMode;
import ca.pignon.followup.MeetingStatus;
import ca.pignon.followup.SurveyAnswers;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.Business;
import ca.pignon.intake.Commitment;
import ca.pignon.intake.ConsentPurpose;
import ca.pignon.intake.Contact;
import ca.pignon.intake.Goal;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.Storefront;
import ca.pignon.intake.WorkBy;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.EmailAddressManagement;
import ca.pignon.platform.AccountRecords;
import ca.pignon.platform.DemoVerification;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.PinnableClock;
import ca.pignon.platform.Role;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RecordDecision;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.TeamPlaces;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * A past program year for the {@code demo} profile only: some 160 clearly fictional merchants ("… (démo)") at real
 * addresses of the shipped address list, taken through the modules' real APIs on the dates of the last twelve months
 * (the application's clock pinned on this thread, {@link PinnableClock}): registered, eligibility decided by the rules
 * (home-based, online only and outside the territory among them), one round (retained, waitlisted), diagnostics T0,
 * plans approved, actions done, meetings held, T1 for most, closed with a survey, a few drop-outs. Seeded once (the first
 * merchant's account says it is there), after the demo accounts; the time it took is logged.
 */
@Component
@Profile("demo")
class DemoProgramYear {

	static final String PASSWORD = "demo-pignon-2026";

	static final int MERCHANTS = 160;

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	private static final Logger log = LoggerFactory.getLogger(DemoProgramYear.class);

	private static final String[][] TRADES = { { "Boulangerie", "311811" }, { "Café", "722512" },
			{ "Fleuriste", "459310" }, { "Librairie", "459210" }, { "Salon de coiffure", "812116" },
			{ "Quincaillerie", "444140" }, { "Épicerie", "445110" }, { "Boutique de vêtements", "458112" },
			{ "Restaurant", "722511" }, { "Bijouterie", "458310" }, { "Atelier de vélo", "811490" },
			{ "Studio de yoga", "713940" }, { "Pharmacie", "456110" }, { "Fromagerie", "445298" },
			{ "Animalerie", "459910" }, { "Agence de voyages", "561510" }, { "Cordonnerie", "811430" },
			{ "Microbrasserie", "312120" } };

	private static final String[] FIRST = { "Marie", "Jean", "Sophie", "Luc", "Émilie", "Paul", "Nadia", "Karim",
			"Julie", "Marc", "Isabelle", "François", "Chloé", "Olivier", "Amélie", "Samuel" };

	private static final String[] LAST = { "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin",
			"Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc" };

	private record Address(String civic, String street, double longitude, double latitude) {
	}

	private final IntakeManagement intake;

	private final SelectionManagement selection;

	private final DiagnosticManagement diagnostics;

	private final PlanManagement plans;

	private final ProgressManagement progress;

	private final FollowupManagement followup;

	private final AccountManagement accounts;

	private final EmailAddressManagement emailAddresses;

	private final AccountRecords records;

	private final UserDetailsService users;

	private final Clock clock;

	DemoProgramYear(IntakeManagement intake, SelectionManagement selection, DiagnosticManagement diagnostics,
			PlanManagement plans, ProgressManagement progress, FollowupManagement followup,
			AccountManagement accounts, EmailAddressManagement emailAddresses, AccountRecords records,
			UserDetailsService users, Clock clock) {
		this.intake = intake;
		this.selection = selection;
		this.diagnostics = diagnostics;
		this.plans = plans;
		this.progress = progress;
		this.followup = followup;
		this.accounts = accounts;
		this.emailAddresses = emailAddresses;
		this.records = records;
		this.users = users;
		this.clock = clock;
	}

	static String email(int i) {
		return "annee-%03d@demo.pignon.test".formatted(i);
	}

	@Order(5)
	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		if (accounts.exists(email(0))) {
			return;
		}
		long started = System.nanoTime();
		Random random = new Random(2026);
		Instant start = clock.instant().minus(Duration.ofDays(365));
		PignonUser advisor = user("conseil@demo.pignon.test");
		PignonUser manager = user("gestion@demo.pignon.test");
		List<Address> addresses = addresses();
		// 1. registrations over the first four months
		List<ApplicationDetails> submitted = new ArrayList<>();
		Map<ApplicationId, String> names = new HashMap<>();
		for (int i = 0; i < MERCHANTS; i++) {
			Instant at = start.plus(Duration.ofHours(random.nextInt(120 * 24)));
			int index = i;
			ApplicationDetails application = PinnableClock.at(at, () -> register(index, random, addresses));
			submitted.add(application);
			names.put(application.id(), application.contact() == null ? ""
					: application.contact().firstName() + " " + application.contact().lastName());
		}
		// 2. one round, four months and a half in: most eligible retained, the others waitlisted
		Instant roundAt = start.plus(Duration.ofDays(135));
		Actor managing = Actor.of(manager.accountId());
		List<ApplicationId> retained = PinnableClock.at(roundAt, () -> select(submitted, random, advisor, managing));
		// 3. diagnostics T0, 4. plans approved, some drop-outs
		Map<ApplicationId, Set<String>> strong = new HashMap<>();
		List<ApplicationId> planned = new ArrayList<>();
		for (ApplicationId application : retained) {
			if (random.nextInt(100) < 6) {
				continue;
			}
			Set<String> best = Set.of(pick(random, "goals", "visibility", "website", "social"),
					pick(random, "sales", "relationship", "tools", "data"));
			strong.put(application, best);
			PinnableClock.at(start.plus(Duration.ofDays(150 + random.nextInt(30))),
					() -> diagnostic(application, DiagnosticKind.T0, advisor, best, 0.2 + random.nextDouble() * 0.3));
			if (random.nextInt(100) < 90) {
				PinnableClock.at(start.plus(Duration.ofDays(185 + random.nextInt(20))),
						() -> plan(application, advisor, names.get(application)));
				planned.add(application);
			}
		}
		// 5. actions done and meetings over the summer and autumn
		for (ApplicationId application : planned) {
			int meetings = 2 + random.nextInt(3);
			for (int m = 0; m < meetings; m++) {
				Instant at = start.plus(Duration.ofDays(200 + 30L * m + random.nextInt(20)));
				LocalDate day = at.atZone(ca.pignon.platform.Dates.PROGRAM_ZONE).toLocalDate();
				PinnableClock.at(at, () -> followup.logMeeting(application,
						new MeetingDetails(MeetingStatus.HELD, day, null, 45 + 15 * random.nextInt(5),
								MeetingMode.IN_PERSON, null, "Fiche Google et photos", "", List.of(),
								"Publier trois photos"),
						Actor.of(advisor.accountId())));
			}
			int done = random.nextInt(5);
			for (int d = 0; d < done; d++) {
				PinnableClock.at(start.plus(Duration.ofDays(215 + 25L * d + random.nextInt(15))),
						() -> nextActionDone(application, advisor));
			}
		}
		// 6. T1 for most, closed with a survey; a few leave the program
		int closed = 0;
		for (ApplicationId application : planned) {
			int fate = random.nextInt(100);
			if (fate < 70) {
				double level = 0.45 + random.nextDouble() * 0.4;
				PinnableClock.at(start.plus(Duration.ofDays(320 + random.nextInt(15))),
						() -> t1(application, advisor, manager, strong.get(application), level));
				PinnableClock.at(start.plus(Duration.ofDays(338 + random.nextInt(10))), () -> followup.close(application,
						Actor.of(advisor.accountId())));
				closed++;
				if (random.nextInt(100) < 85) {
					int base = 3 + random.nextInt(3);
					PinnableClock.at(start.plus(Duration.ofDays(350)), () -> followup.answerSurvey(application,
							new SurveyAnswers(base, Math.min(5, base + random.nextInt(2)),
									Math.max(1, base - random.nextInt(2)), ""),
							Actor.of(merchantAccount(application))));
				}
			}
		}
		log.warn("DEMO profile: a past program year of {} fictional merchants ({} retained, {} planned, {} closed)"
				+ " seeded in {} ms", MERCHANTS, retained.size(), planned.size(), closed,
				(System.nanoTime() - started) / 1_000_000);
	}

	private ApplicationDetails register(int i, Random random, List<Address> addresses) {
		String[] trade = TRADES[random.nextInt(TRADES.length)];
		Address address = addresses.get((i * 7) % addresses.size());
		String first = FIRST[random.nextInt(FIRST.length)];
		String last = LAST[random.nextInt(LAST.length)];
		String business = trade[0] + " " + shortStreet(address.street()) + " (démo)";
		AccountId account = intake.register(email(i), PASSWORD, new Contact(first, last, null), FRENCH).orElseThrow();
		followVerificationLink(account);
		intake.describeBusiness(account, new Business(business, null, null, trade[1], random.nextInt(25)));
		// one in sixteen home-based, one online only, one outside the territory; the first two near Saint-Roch, so that
		// the arrondissement that has them has enough of them to publish
		int kind = i % 16;
		ReceptionMode reception = kind == 3 ? ReceptionMode.HOME_BASED
				: kind == 7 ? ReceptionMode.ONLINE_ONLY : kind == 13 ? ReceptionMode.BY_APPOINTMENT
						: ReceptionMode.STOREFRONT;
		if (kind == 3 || kind == 7) {
			address = central(addresses).get((i / 16) * 2 + (kind == 3 ? 0 : 1));
		}
		Storefront storefront = kind == 11
				// outside the program's territory (placed by its postal code)
				? new Storefront("5800", "rue Saint-Georges", null, "Lévis", "G6V 4M7", reception)
				: new Storefront(address.civic(), address.street(), null, "Québec", postalCode(address), reception);
		intake.describeStorefront(account, storefront);
		List<Goal> all = List.of(Goal.values());
		intake.describeOnlinePresence(account, null, null, null, null,
				EnumSet.of(all.get(random.nextInt(all.size())), all.get(random.nextInt(all.size()))), null);
		intake.describeCommitment(account, new Commitment(HoursPerWeek.values()[random.nextInt(
				HoursPerWeek.values().length)], WorkBy.OWNER), EnumSet.noneOf(ConsentPurpose.class), FRENCH);
		return intake.submit(account, FRENCH);
	}

	/** The addresses nearest Saint-Roch first. */
	private static List<Address> central(List<Address> addresses) {
		return addresses.stream()
			.sorted(Comparator.comparingDouble(address -> Math.pow(address.longitude() + 71.225, 2)
					+ Math.pow(address.latitude() - 46.812, 2)))
			.toList();
	}

	private List<ApplicationId> select(List<ApplicationDetails> submitted, Random random, PignonUser advisor,
			Actor managing) {
		selection.currentRound().ifPresent(open -> selection.closeRound(open.id(), managing));
		int places = submitted.size() * 3 / 4;
		RoundId round = selection.openRound("Cohorte de l’an dernier (démo)",
				List.of(new TeamPlaces("Équipe Centre (démo)", places, Set.of(advisor.accountId()))), managing);
		List<ApplicationId> retained = new ArrayList<>();
		int waitlist = 0;
		for (ApplicationDetails application : submitted) {
			var row = selection.ranking(round).row(application.id());
			if (row.isEmpty()) {
				continue;
			}
			if (retained.size() < places && random.nextInt(100) < 85) {
				selection.decide(new RecordDecision(round, application.id(), DecisionStatus.RETAINED, null,
						advisor.accountId(), "selection.reason.RETAINED.withinPlaces",
						"Votre dossier se classe parmi les places offertes.", row.get().version(), managing));
				retained.add(application.id());
			}
			else {
				selection.decide(new RecordDecision(round, application.id(), DecisionStatus.WAITLISTED, ++waitlist,
						null, "selection.reason.WAITLISTED.placesTaken",
						"Votre dossier est admissible et solide, mais toutes les places de la cohorte sont prises.",
						row.get().version(), managing));
			}
		}
		// a few retained merchants leave before their diagnostic
		for (ApplicationId application : retained.subList(0, Math.min(4, retained.size()))) {
			long version = selection.ranking(round).row(application).orElseThrow().version();
			selection.withdraw(round, application, "Le commerçant s’est désisté (démo).", version, managing);
		}
		// the year's round is over: a manager trying the demo opens the next one
		selection.closeRound(round, managing);
		return retained.subList(Math.min(4, retained.size()), retained.size());
	}

	private void diagnostic(ApplicationId application, DiagnosticKind kind, PignonUser advisor, Set<String> best,
			double level) {
		DiagnosticSummary started = diagnostics.start(application, kind, respondent(advisor), FRENCH);
		answerAll(started, advisor, best, level);
	}

	private void t1(ApplicationId application, PignonUser advisor, PignonUser manager, Set<String> best,
			double level) {
		DiagnosticSummary started;
		try {
			started = diagnostics.start(application, DiagnosticKind.T1, respondent(advisor), FRENCH);
		}
		catch (RuntimeException notYet) {
			started = diagnostics.startT1Early(application, "Fin de l’année du programme (démo).", manager, FRENCH);
		}
		answerAll(started, advisor, best, level);
	}

	private void answerAll(DiagnosticSummary started, PignonUser advisor, Set<String> best, double level) {
		QuestionBank bank = diagnostics.bank(started.bankVersion());
		for (Dimension dimension : bank.dimensions()) {
			double at = best.contains(dimension.id()) ? Math.min(1, level + 0.4) : level;
			List<String> shown = dimension.questions().stream().map(Question::id).toList();
			Map<String, List<String>> values = new HashMap<>();
			dimension.questions().forEach(question -> values.put(question.id(), answer(question, at)));
			diagnostics.save(started.id(), dimension.id(), shown, values, null,
					diagnostics.summary(started.id()).version(), respondent(advisor), FRENCH);
		}
		diagnostics.complete(started.id(), respondent(advisor), FRENCH);
	}

	/** An answer at this level, from 0 (the weakest) to 1 (the strongest). */
	private static List<String> answer(Question question, double level) {
		List<Choice> choices = question.choices()
			.stream()
			.filter(choice -> !choice.notApplicable())
			.sorted(Comparator.comparingInt(Choice::points))
			.toList();
		return switch (question.type()) {
			case SINGLE -> List.of(choices.get((int) Math.round(level * (choices.size() - 1))).id());
			case MULTIPLE -> {
				List<String> chosen = choices.stream()
					.filter(choice -> !choice.exclusive() && choice.points() > 0)
					.map(Choice::id)
					.limit(Math.round(level * choices.size()))
					.toList();
				yield chosen.isEmpty() ? List.of(choices.get(0).id()) : chosen;
			}
			case SCALE -> List.of(Long.toString(Math.round(level * 5)));
			case ALREADY_PLANNED_NO -> List.of(level > 0.66 ? Answer.ALREADY : level > 0.33 ? Answer.PLANNED : Answer.NO);
			case NUMBER -> List.of(question.bands()
				.get((int) Math.round(level * (question.bands().size() - 1)))
				.from()
				.toPlainString());
			case TEXT -> List.of("Mieux vendre en ligne");
		};
	}

	private void plan(ApplicationId application, PignonUser advisor, String merchantName) {
		Actor by = Actor.of(advisor.accountId());
		PlanSummary draft = plans.draft(application, YearMonth.now(clock).plusMonths(1), BigDecimal.valueOf(3), by,
				FRENCH);
		PlanSummary sent = plans.send(draft.id(), draft.currentVersion(), by);
		plans.approve(sent.id(), java.util.Objects.requireNonNull(sent.sentVersion()), merchantName, merchantAccount(application), FRENCH);
	}

	/** The next task of "Mon plan" done by the advisor (the tasks follow the approval a moment later). */
	private void nextActionDone(ApplicationId application, PignonUser advisor) {
		for (int attempt = 0; attempt < 50; attempt++) {
			var plan = progress.planOf(application, FRENCH);
			if (plan.isPresent() && plan.get().total() > 0) {
				var next = plan.get().next();
				if (next != null) {
					progress.markDone(application, next.key(), null, "Fait pendant la rencontre (démo).", null,
							advisor, next.version(), FRENCH);
				}
				return;
			}
			sleep();
		}
	}

	private AccountId merchantAccount(ApplicationId application) {
		return intake.application(application, FRENCH).accountId();
	}

	private PignonUser user(String email) {
		return (PignonUser) users.loadUserByUsername(email);
	}

	private static Respondent respondent(PignonUser user) {
		return new Respondent(user.accountId(), user.role() != Role.MERCHANT);
	}

	private void followVerificationLink(AccountId account) {
		DemoVerification.followVerificationLink(records, emailAddresses, account);
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... values) {
		return values[random.nextInt(values.length)];
	}

	private static String shortStreet(String street) {
		return street.replaceFirst("(?i)^(rue|boulevard|boul\\.|avenue|av\\.|chemin|côte|place|route) (de la |du |des |de l'|de |d')?", "").strip();
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** The addresses of the shipped list that have a civic number, spread over the city. */
	private static List<Address> addresses() {
		List<Address> addresses = new ArrayList<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("territory/vdq-lieux-publics.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				String[] cells = line.split(",", -1);
				// id, civic_number, street, place_name, category, longitude, latitude (no quoted comma in the kept rows)
				if (cells.length == 7 && !cells[1].isBlank() && !cells[2].startsWith("\"")) {
					addresses.add(new Address(cells[1], cells[2], Double.parseDouble(cells[5]),
							Double.parseDouble(cells[6])));
				}
			}
		}
		catch (IOException unreadable) {
			throw new IllegalStateException("The shipped address list cannot be read", unreadable);
		}
		return addresses;
	}

	private static List<String[]> fsas;

	/** A postal code of the forward sortation area whose centre is nearest the address. */
	private static synchronized String postalCode(Address address) {
		if (fsas == null) {
			fsas = new ArrayList<>();
			try (var reader = new BufferedReader(new InputStreamReader(
					new ClassPathResource("territory/geonames-CA-fsa-QC.tsv").getInputStream(),
					StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					String[] cells = line.split("\t");
					if (cells.length > 10 && cells[1].startsWith("G1") || cells.length > 10 && cells[1].startsWith("G2")) {
						fsas.add(new String[] { cells[1], cells[9], cells[10] });
					}
				}
			}
			catch (IOException unreadable) {
				throw new IllegalStateException("The shipped postal areas cannot be read", unreadable);
			}
		}
		String nearest = fsas.stream()
			.min(Comparator.comparingDouble(fsa -> Math.pow(Double.parseDouble(fsa[1]) - address.latitude(), 2)
					+ Math.pow(Double.parseDouble(fsa[2]) - address.longitude(), 2)))
			.map(fsa -> fsa[0])
			.orElse("G1R");
		return nearest + " 1A1";
	}

}
