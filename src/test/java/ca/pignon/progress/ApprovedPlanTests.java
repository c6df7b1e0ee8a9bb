package ca.pignon.progress;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.plan.ApprovedPlan;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The plan the merchant approves, drafted from a real diagnostic by the plan module, becomes the tasks of "Mon plan",
 * in the plan's order, each due the month it ends.
 */
@SpringBootTest(properties = "pignon.test.context=progress")
@AutoConfigureMockMvc // unused here: the same Spring context as ProgressPagesTests, started once
class ApprovedPlanTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgressManagement progress;

	@Autowired
	PlanManagement plans;

	@Test
	void anApprovedPlanBecomesTheMerchantsTasks() {
		// given a merchant whose plan the advisor drafted and sent
		PlanFixture fixture = new PlanFixture(context);
		PignonUser advisor = fixture.advisor();
		ApplicationDetails merchant = fixture.diagnosed(advisor, "Épicerie " + System.nanoTime(), Set.of("website"));
		YearMonth start = plans.nextMonth();
		PlanSummary plan = plans.draft(merchant.id(), start, new BigDecimal("2"), PlanFixture.actor(advisor), FRENCH);
		plans.send(plan.id(), 1, PlanFixture.actor(advisor));
		assertThat(progress.planOf(merchant.id(), FRENCH)).as("nothing before approval").isEmpty();
		// when the merchant approves it
		plans.approve(plan.id(), 1, PlanFixture.MERCHANT_NAME, merchant.accountId(), FRENCH);
		// then
		ApprovedPlan approved = plans.approvedPlanOf(merchant.id()).orElseThrow();
		await().atMost(Duration.ofSeconds(20)).until(() -> progress.planOf(merchant.id(), FRENCH).isPresent());
		MyPlan tasks = progress.planOf(merchant.id(), FRENCH).orElseThrow();
		List<Task> all = tasks.later();
		assertThat(tasks.total()).isEqualTo(approved.actions().size());
		assertThat(all).extracting(Task::key)
			.containsExactlyElementsOf(approved.actions().stream().map(ApprovedPlan.Action::key).toList());
		for (int i = 0; i < all.size(); i++) {
			ApprovedPlan.Action action = approved.actions().get(i);
			assertThat(all.get(i).title()).isEqualTo(action.title().fr());
			assertThat(all.get(i).dueMonth()).isEqualTo(YearMonth.from(action.dueDate()));
			assertThat(all.get(i).who()).isEqualTo(action.doer().name());
		}
	}

}
