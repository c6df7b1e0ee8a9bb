package ca.pignon.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.intake.Goal;
import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.CatalogueAction;
import ca.pignon.plan.Objective;
import ca.pignon.plan.PlanContent;
import ca.pignon.plan.PlanItem;
import ca.pignon.plan.PlanRules;

/** The draft: which actions, in which order, in which month, and the objectives. */
class PlanDrafterTests {

	static final YearMonth START = YearMonth.of(2027, 1);

	QuestionBank bank = Shipped.bank();

	ActionCatalogue shipped = Shipped.catalogue();

	/** A small catalogue: {@code id:hours:impact:requires} each triggered by "no Google profile". */
	ActionCatalogue catalogue(String... specs) {
		StringBuilder source = new StringBuilder("actions:\n");
		for (String spec : specs) {
			String[] parts = spec.split(":", -1);
			source.append(CatalogueReaderTests.action(parts[0], parts[3], CatalogueReaderTests.FIRES)
				.replace("hours: 2", "hours: " + parts[1])
				.replace("impact: 2", "impact: " + parts[2]));
		}
		var outcome = CatalogueReader.read(source.toString(), 1, bank);
		assertThat(outcome.problems()).isEmpty();
		return outcome.catalogue();
	}

	static DraftInputs noProfile(String hoursPerWeek) {
		return new DraftInputs(Map.of("vis-google-profile", List.of("no")), Map.of("visibility", 20), Set.of(),
				new BigDecimal(hoursPerWeek), START);
	}

	static List<String> keys(Draft draft) {
		return draft.items().stream().map(PlanItem::key).toList();
	}

	// --- selection -------------------------------------------------------------------------------------------------

	@Test
	void selectsTheActionsWhoseTriggersFireAndLeavesOutWhatTheDiagnosticShowsDone() {
		// given a merchant without a Google profile whose reviews are always answered
		var inputs = new DraftInputs(Map.of("vis-google-profile", List.of("no"), "rel-review-replies",
				List.of("always")), Map.of(), Set.of(), new BigDecimal("4"), START);
		// when the plan is drafted from the shipped catalogue
		Draft draft = PlanDrafter.draft(shipped, inputs);
		// then claiming and completing the profile are in, replying to reviews is done, not proposed
		assertThat(keys(draft)).contains("vis-claim-profile", "vis-complete-profile", "data-profile-insights")
			.doesNotContain("rel-reply-reviews", "web-simple-site");
		assertThat(draft.done()).contains("rel-reply-reviews");
	}

	@Test
	void aSelectedActionBringsInItsPrerequisitesUnlessTheyAreDone() {
		// the online store needs product sheets (which need phone photos) and a website
		var withoutSite = new DraftInputs(Map.of(), Map.of(), EnumSet.of(Goal.SELL_ONLINE), new BigDecimal("6"), START);
		assertThat(keys(PlanDrafter.draft(shipped, withoutSite))).contains("sales-online-store", "sales-product-sheets",
				"soc-phone-photos", "web-simple-site");
		var withSite = new DraftInputs(Map.of("web-has-site", List.of("yes")), Map.of(), EnumSet.of(Goal.SELL_ONLINE),
				new BigDecimal("6"), START);
		Draft draft = PlanDrafter.draft(shipped, withSite);
		assertThat(keys(draft)).contains("sales-online-store").doesNotContain("web-simple-site");
		assertThat(draft.done()).contains("web-simple-site");
	}

	@Test
	void theMerchantsGoalsMakeActionsRelevant() {
		var none = new DraftInputs(Map.of(), Map.of(), Set.of(), new BigDecimal("4"), START);
		var booking = new DraftInputs(Map.of(), Map.of(), EnumSet.of(Goal.ONLINE_BOOKING), new BigDecimal("4"), START);
		assertThat(keys(PlanDrafter.draft(shipped, none))).doesNotContain("sales-online-booking");
		assertThat(keys(PlanDrafter.draft(shipped, booking))).contains("sales-online-booking", "web-simple-site");
	}

	// --- ordering --------------------------------------------------------------------------------------------------

	@Test
	void quickWinsComeFirstThenTheBestImpactForEffort() {
		ActionCatalogue catalogue = catalogue("big:8:3:", "small-high:1:3:", "small-low:2:1:", "medium:4:3:");
		Draft draft = PlanDrafter.draft(catalogue, noProfile("20"));
		// small-high is a quick win; then value = impact / hours: medium 0.75, big 0.375, small-low 0.5
		assertThat(keys(draft)).containsExactly("small-high", "medium", "small-low", "big");
	}

	@Test
	void anActionNeverComesBeforeWhatItNeedsEvenWhenItRanksHigher() {
		ActionCatalogue catalogue = catalogue("quick:1:3:slow", "slow:10:1:", "other:3:2:");
		Draft draft = PlanDrafter.draft(catalogue, noProfile("20"));
		assertThat(keys(draft)).containsExactly("other", "slow", "quick");
	}

	@Test
	void theShippedCatalogueDraftRespectsEveryPrerequisite() {
		for (DraftInputs inputs : randomInputs(200)) {
			Draft draft = PlanDrafter.draft(shipped, inputs);
			List<String> order = keys(draft);
			for (PlanItem item : draft.items()) {
				for (String required : shipped.action(item.actionId()).orElseThrow().requires()) {
					if (order.contains(required)) {
						int before = order.indexOf(required);
						assertThat(before).as(required + " before " + item.key()).isLessThan(order.indexOf(item.key()));
						assertThat(draft.items().get(before).month()).isBeforeOrEqualTo(item.month());
					}
					else {
						assertThat(draft.done().contains(required) || draft.deferred().contains(required))
							.as(item.key() + " needs " + required)
							.isTrue();
					}
				}
			}
		}
	}

	// --- scheduling ------------------------------------------------------------------------------------------------

	@Test
	void monthsAreFilledWithinTheHoursTheMerchantHas() {
		// 1.5 h a week = 6.5 h a month
		ActionCatalogue catalogue = catalogue("a:4:2:", "b:3:2:", "c:2:3:", "d:4:2:");
		Draft draft = PlanDrafter.draft(catalogue, noProfile("1.5"));
		assertThat(PlanRules.monthlyCapacity(new BigDecimal("1.5"))).isEqualByComparingTo("6.5");
		// c (quick win) 2 h, then b (2/3 impact per hour) 3 h: 5 h in January; a 4 h no longer fits (1.5 h left):
		// February; d 4 h would make 8 h: March
		assertThat(draft.items()).extracting(PlanItem::key, PlanItem::month)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("c", START),
					org.assertj.core.groups.Tuple.tuple("b", START),
					org.assertj.core.groups.Tuple.tuple("a", START.plusMonths(1)),
					org.assertj.core.groups.Tuple.tuple("d", START.plusMonths(2)));
	}

	@Test
	void anActionLargerThanAMonthSpansMonthsInsteadOfBeingDropped() {
		ActionCatalogue catalogue = catalogue("small:1:3:", "huge:16:3:", "after:2:2:");
		Draft draft = PlanDrafter.draft(catalogue, noProfile("1.5"));
		PlanItem huge = draft.items().stream().filter(i -> i.key().equals("huge")).findFirst().orElseThrow();
		// it starts on a fresh month and takes 16 / 3 ≈ 5.3 h of each of three months
		assertThat(huge.month()).isEqualTo(START.plusMonths(1));
		assertThat(huge.months()).isEqualTo(3);
		assertThat(huge.endMonth()).isEqualTo(START.plusMonths(3));
		assertThat(noMonthOverCapacity(draft, "1.5")).isTrue();
	}

	@Test
	void noMonthOfAShippedDraftHoldsMoreThanTheCapacityAndNothingStartsAfterAYear() {
		for (DraftInputs inputs : randomInputs(200)) {
			Draft draft = PlanDrafter.draft(shipped, inputs);
			assertThat(noMonthOverCapacity(draft, inputs.hoursPerWeek().toPlainString())).isTrue();
			assertThat(draft.items()).allSatisfy(item -> assertThat(item.month())
				.isBefore(START.plusMonths(PlanRules.HORIZON_MONTHS)));
		}
	}

	@Test
	void whatDoesNotFitInTheYearIsDeferredNotLost() {
		var busy = new DraftInputs(allWorstAnswers(), Map.of(), EnumSet.allOf(Goal.class), new BigDecimal("0.5"),
				START);
		Draft draft = PlanDrafter.draft(shipped, busy);
		assertThat(draft.deferred()).isNotEmpty();
		assertThat(draft.items().size() + draft.deferred().size() + draft.done().size())
			.isLessThanOrEqualTo(shipped.actions().size());
		assertThat(draft.deferred()).doesNotContainAnyElementsOf(keys(draft));
	}

	@Test
	void actionsWithTheAdvisorFitTheAdvisorHoursLeftAndTheRestWaitsWithWhatNeedsIt() {
		var unlimited = new DraftInputs(allWorstAnswers(), Map.of(), EnumSet.allOf(Goal.class), new BigDecimal("4"),
				START);
		BigDecimal planned = advisorHours(PlanDrafter.draft(shipped, unlimited).items());
		assertThat(planned).as("the shipped catalogue plans hours with the advisor").isGreaterThan(new BigDecimal("2"));
		BigDecimal left = planned.divide(new BigDecimal("2")).setScale(0, java.math.RoundingMode.DOWN);
		var budgeted = new DraftInputs(unlimited.answers(), unlimited.scores(), unlimited.goals(),
				unlimited.hoursPerWeek(), START, left);
		Draft draft = PlanDrafter.draft(shipped, budgeted);
		assertThat(advisorHours(draft.items())).isLessThanOrEqualTo(left);
		assertThat(draft.deferred()).isNotEmpty().doesNotContainAnyElementsOf(keys(draft));
		// no action of the draft needs one that was left for later
		for (PlanItem item : draft.items()) {
			assertThat(shipped.action(item.actionId()).orElseThrow().requires())
				.doesNotContainAnyElementsOf(draft.deferred());
		}
		// no hours left: nothing with the advisor at all
		var none = new DraftInputs(unlimited.answers(), unlimited.scores(), unlimited.goals(),
				unlimited.hoursPerWeek(), START, BigDecimal.ZERO);
		assertThat(advisorHours(PlanDrafter.draft(shipped, none).items())).isZero();
	}

	@Test
	void anEditedPlanWithMoreHoursWithTheAdvisorThanAreLeftIsWarnedAbout() {
		var inputs = new DraftInputs(allWorstAnswers(), Map.of(), EnumSet.allOf(Goal.class), new BigDecimal("4"),
				START);
		Draft draft = PlanDrafter.draft(shipped, inputs);
		BigDecimal planned = advisorHours(draft.items());
		var content = new PlanContent(START, new BigDecimal("4"), 1, draft.items(), List.of(), List.of(), List.of(),
				"");
		assertThat(PlanWarnings.of(content, shipped, planned)).noneMatch(w -> w.kind() == PlanWarnings.Kind.ADVISOR_HOURS);
		assertThat(PlanWarnings.of(content, shipped, null)).noneMatch(w -> w.kind() == PlanWarnings.Kind.ADVISOR_HOURS);
		BigDecimal less = planned.subtract(BigDecimal.ONE);
		assertThat(PlanWarnings.of(content, shipped, less)).filteredOn(w -> w.kind() == PlanWarnings.Kind.ADVISOR_HOURS)
			.singleElement()
			.satisfies(w -> {
				assertThat(w.load()).isEqualByComparingTo(planned);
				assertThat(w.limit()).isEqualByComparingTo(less);
			});
	}

	private static BigDecimal advisorHours(List<PlanItem> items) {
		return items.stream()
			.filter(item -> item.doer() == ca.pignon.plan.Doer.ADVISOR)
			.map(PlanItem::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	// --- objectives ------------------------------------------------------------------------------------------------

	@Test
	void proposesTwoToFourObjectivesWithATargetScoreDateAndIndicator() {
		Map<String, Integer> scores = new HashMap<>();
		bank.dimensions().forEach(d -> scores.put(d.id(), 30));
		scores.put("visibility", 10);
		var inputs = new DraftInputs(allWorstAnswers(), Map.copyOf(scores), EnumSet.of(Goal.BE_FOUND_ONLINE),
				new BigDecimal("4"), START);
		Draft draft = PlanDrafter.draft(shipped, inputs);
		assertThat(draft.objectives()).hasSizeBetween(2, 4);
		for (Objective objective : draft.objectives()) {
			assertThat(objective.targetScore()).isGreaterThan(objective.fromScore()).isLessThanOrEqualTo(100);
			assertThat(objective.targetScore() % 5).isZero();
			List<PlanItem> ofDimension = draft.items()
				.stream()
				.filter(i -> objective.dimensionId().equals(i.dimensionId()))
				.toList();
			assertThat(ofDimension).isNotEmpty();
			YearMonth lastEnd = ofDimension.stream().map(PlanItem::endMonth).max(YearMonth::compareTo).orElseThrow();
			assertThat(objective.targetDate()).isEqualTo(lastEnd.atEndOfMonth());
			assertThat(ofDimension).extracting(PlanItem::actionId).contains(objective.indicatorActionId());
		}
	}

	// --- determinism -----------------------------------------------------------------------------------------------

	@Test
	void theSameInputsAlwaysGiveTheSameDraftWhateverTheCatalogueOrderAndTheMapOrder() {
		for (DraftInputs inputs : randomInputs(50)) {
			Draft first = PlanDrafter.draft(shipped, inputs);
			List<CatalogueAction> shuffled = new ArrayList<>(shipped.actions());
			Collections.shuffle(shuffled, new Random(7));
			Map<String, List<String>> answers = new LinkedHashMap<>();
			List<String> questions = new ArrayList<>(inputs.answers().keySet());
			Collections.reverse(questions);
			questions.forEach(q -> answers.put(q, inputs.answers().get(q)));
			var again = new DraftInputs(answers, new HashMap<>(inputs.scores()), EnumSet.copyOf(inputs.goals()),
					inputs.hoursPerWeek(), inputs.start());
			assertThat(PlanDrafter.draft(new ActionCatalogue(1, shuffled), again)).isEqualTo(first);
		}
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	private static boolean noMonthOverCapacity(Draft draft, String hoursPerWeek) {
		var content = new PlanContent(START, new BigDecimal(hoursPerWeek), 1, draft.items(), List.of(), List.of(),
				List.of(), "");
		BigDecimal capacity = content.monthlyCapacity();
		return PlanWarnings.load(draft.items()).values().stream().allMatch(load -> load.compareTo(capacity) <= 0);
	}

	private Map<String, List<String>> allWorstAnswers() {
		Map<String, List<String>> answers = new HashMap<>();
		for (Question question : bank.questions()) {
			answers.put(question.id(), switch (question.type()) {
				case SINGLE, MULTIPLE -> List.of(question.choices()
					.stream()
					.min(java.util.Comparator.comparingInt(ca.pignon.diagnostic.Choice::points))
					.orElseThrow()
					.id());
				case SCALE -> List.of("0");
				case ALREADY_PLANNED_NO -> List.of(Answer.NO);
				case NUMBER -> List.of("0");
				case TEXT -> List.of("Plus de clients");
			});
		}
		return answers;
	}

	static List<DraftInputs> randomInputs(int count) {
		QuestionBank bank = Shipped.bank();
		Random random = new Random(20261129);
		List<DraftInputs> all = new ArrayList<>();
		String[] hours = { "0.5", "1.5", "4", "6" };
		for (int n = 0; n < count; n++) {
			Map<String, List<String>> answers = new HashMap<>();
			for (Question question : bank.questions()) {
				answers.put(question.id(), switch (question.type()) {
					case SINGLE, MULTIPLE -> List.of(question.choices().get(random.nextInt(question.choices().size())).id());
					case SCALE -> List.of(String.valueOf(random.nextInt(6)));
					case ALREADY_PLANNED_NO -> List.of(List.of(Answer.ALREADY, Answer.PLANNED, Answer.NO).get(random.nextInt(3)));
					case NUMBER -> List.of(String.valueOf(random.nextInt(10)));
					case TEXT -> List.of("Texte");
				});
			}
			Map<String, Integer> scores = new HashMap<>();
			bank.dimensions().forEach(d -> scores.put(d.id(), random.nextInt(101)));
			Set<Goal> goals = EnumSet.noneOf(Goal.class);
			for (Goal goal : Goal.values()) {
				if (random.nextInt(3) == 0) {
					goals.add(goal);
				}
			}
			all.add(new DraftInputs(answers, scores, goals, new BigDecimal(hours[random.nextInt(hours.length)]), START));
		}
		return all;
	}

}
