package ca.pignon.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.pignon.plan.Doer;
import ca.pignon.plan.PlanEdit;
import ca.pignon.plan.PlanRefused;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.Refused;

/**
 * The plan's forms read what was typed into the plan's commands, without Spring; what cannot be read is refused with
 * the field and the message the plan gives for a value that breaks its rule.
 */
class PlanFormsTests {

	static Throwable refusal(Runnable reading) {
		try {
			reading.run();
		}
		catch (PlanRefused refused) {
			return refused;
		}
		throw new AssertionError("not refused");
	}

	static PlanEdit edit(String op, Map<String, String> typed) {
		return new PlanEditForm(op, typed).command();
	}

	@Test
	void theDraftFormReadsAMonthAndHoursWithACommaOrAPoint() {
		assertThat(new DraftForm(" 2027-03 ", "1,5").values())
			.isEqualTo(new DraftForm.Values(YearMonth.of(2027, 3), new BigDecimal("1.5")));
		assertThat(new DraftForm("2027-03", "-2").values().hoursPerWeek()).as("the plan's rule, not the form's")
			.isEqualTo(new BigDecimal("-2"));
	}

	@Test
	void theDraftFormNamesWhatItCannotRead() {
		assertThat(((Refused) refusal(() -> new DraftForm("mars 2027", "beaucoup").values())).problems())
			.extracting(Refused.Problem::field, Refused.Problem::messageKey)
			.containsExactly(tuple("start", "plan.month.invalid"), tuple("hoursPerWeek", "plan.draft.hoursRange"));
	}

	@Test
	void eachOperationOfTheEditorIsItsCommand() {
		YearMonth march = YearMonth.of(2027, 3);
		assertThat(edit("add", Map.of("actionId", "claim", "month", "2027-03")))
			.isEqualTo(new PlanEdit.AddAction("claim", march));
		assertThat(edit("custom", Map.of("title", "Enseigne", "why", "Mal vue", "hours", " 3 ", "costMin", "200",
				"costMax", "900", "doer", "PROVIDER", "customMonth", "2027-03")))
			.isEqualTo(new PlanEdit.AddCustom("Enseigne", "Mal vue", new BigDecimal("3"), 200, 900, Doer.PROVIDER, march));
		assertThat(edit("custom", Map.of("hours", "-4", "costMin", "10", "costMax", "5", "customMonth", "2027-03")))
			.as("nothing chosen: the plan says who is required")
			.isEqualTo(new PlanEdit.AddCustom("", "", new BigDecimal("-4"), 10, 5, null, march));
		assertThat(edit("up", Map.of("key", "claim"))).isEqualTo(new PlanEdit.Move("claim", true));
		assertThat(edit("down", Map.of("key", "claim"))).isEqualTo(new PlanEdit.Move("claim", false));
		assertThat(edit("save", Map.of("key", "claim", "month-claim", "2027-03", "note-claim", "Après")))
			.isEqualTo(new PlanEdit.Reschedule("claim", march, "Après"));
		assertThat(edit("remove", Map.of("key", "claim"))).isEqualTo(new PlanEdit.Remove("claim"));
		assertThat(edit("note", Map.of("note", "Allons-y"))).isEqualTo(new PlanEdit.Note("Allons-y"));
	}

	@Test
	void theEditorNamesNumbersMonthsAndChoicesItCannotReadWithThePlansMessages() {
		var refused = (Refused) refusal(() -> edit("custom", Map.of("title", "Enseigne", "hours", "trois", "costMin",
				"", "costMax", "900", "doer", "SOMEONE", "customMonth", "2027/03")));
		assertThat(refused.problems()).extracting(Refused.Problem::field, Refused.Problem::messageKey)
			.containsExactly(tuple("hours", "plan.edit.halfHoursRange"), tuple("costMin", "plan.edit.numberRange"),
					tuple("doer", "plan.edit.doerRequired"), tuple("customMonth", "plan.month.invalid"));
		assertThat(refused.problems().get(0).arguments()).containsExactly(1, 200);
		assertThat(refused.problems().get(1).arguments()).containsExactly(0, 100_000);
		assertThat(((Refused) refusal(() -> edit("save", Map.of("key", "claim", "month-claim", "")))).problems())
			.extracting(Refused.Problem::field, Refused.Problem::messageKey)
			.containsExactly(tuple("month-claim", "plan.month.invalid"));
		assertThat(((Refused) refusal(() -> edit("add", Map.of("actionId", "claim")))).problems())
			.extracting(Refused.Problem::field)
			.containsExactly("month");
	}

	@Test
	void anOperationTheEditorDoesNotHaveIsNotFound() {
		assertThatThrownBy(() -> edit("merge", Map.of())).isInstanceOf(NotFound.class);
	}

}
