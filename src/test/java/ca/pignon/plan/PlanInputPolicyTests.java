package ca.pignon.plan;

import static ca.pignon.plan.ActionPlanFixture.THIS_MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;

/** The rules on the values a plan is written with, without Spring. */
class PlanInputPolicyTests {

	PlanInputPolicy values = new PlanInputPolicy(THIS_MONTH);

	List<Problem> problems = new ArrayList<>();

	List<String> month(YearMonth month) {
		values.month("start", month, problems);
		return keys();
	}

	List<String> hours(String hours) {
		PlanInputPolicy.hoursPerWeek("hoursPerWeek", new BigDecimal(hours), problems);
		return keys();
	}

	List<String> keys() {
		List<String> keys = problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
		problems.clear();
		return keys;
	}

	@Test
	void aMonthIsFromThisMonthToThreeYearsAhead() {
		assertThat(month(THIS_MONTH)).isEmpty();
		assertThat(month(THIS_MONTH.plusYears(3))).isEmpty();
		assertThat(month(THIS_MONTH.minusMonths(1))).containsExactly("start plan.month.past");
		assertThat(month(THIS_MONTH.plusYears(3).plusMonths(1))).containsExactly("start plan.month.tooFar");
		assertThat(month(null)).as("a month not given").containsExactly("start plan.month.invalid");
	}

	@Test
	void hoursPerWeekAreMoreThanNoneAtMostSixtyToTheTenth() {
		assertThat(hours("0.5")).isEmpty();
		assertThat(hours("60")).isEmpty();
		assertThat(hours("0")).containsExactly("hoursPerWeek plan.draft.hoursRange");
		assertThat(hours("-2")).containsExactly("hoursPerWeek plan.draft.hoursRange");
		assertThat(hours("60.5")).containsExactly("hoursPerWeek plan.draft.hoursRange");
		assertThat(hours("1.25")).containsExactly("hoursPerWeek plan.draft.hoursRange");
	}

	@Test
	void aNumberOutOfItsRangeNamesTheRange() {
		PlanInputPolicy.number("hours", 1, 1, 200, problems);
		PlanInputPolicy.number("hours", 200, 1, 200, problems);
		assertThat(problems).isEmpty();
		PlanInputPolicy.number("hours", 201, 1, 200, problems);
		assertThat(problems).containsExactly(Problem.about("hours", "plan.edit.numberRange", 1, 200));
	}

	@Test
	void aTextIsKeptWithoutItsSurroundingSpacesWithinItsLengthAndGivenWhenRequired() {
		assertThat(PlanInputPolicy.text("title", " Enseigne\r\n", 8, true, problems)).isEqualTo("Enseigne");
		assertThat(PlanInputPolicy.text("why", "  ", 8, false, problems)).isNull();
		assertThat(problems).isEmpty();
		PlanInputPolicy.text("title", " ", 8, true, problems);
		PlanInputPolicy.text("why", "Trop long", 8, false, problems);
		assertThat(problems).containsExactly(Problem.about("title", "plan.edit.required"),
				Problem.about("why", "plan.edit.tooLong", 8));
	}

	@Test
	void someoneMustDoTheAction() {
		PlanInputPolicy.doer("doer", Doer.ADVISOR, problems);
		assertThat(problems).isEmpty();
		PlanInputPolicy.doer("doer", null, problems);
		assertThat(problems).containsExactly(Problem.about("doer", "plan.edit.doerRequired"));
	}

}
