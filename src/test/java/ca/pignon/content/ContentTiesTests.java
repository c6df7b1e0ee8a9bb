package ca.pignon.content;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import ca.pignon.followup.FollowupManagement;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.plan.PlanEdit;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanRefused;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;
import ca.pignon.progress.ProgressManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar tied to the rest of the program: the plan's social-media action in "Mon plan" points to the calendar
 * and lists the posts published as its evidence; the posts join the merchant's calendar feed; the advisor's dashboard
 * shows the month's planned and published posts, and flags a merchant who stopped.
 */
@SpringBootTest(properties = "pignon.test.context=content")
@AutoConfigureMockMvc
class ContentTiesTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	static final String SOCIAL_ACTION = "soc-one-network";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	PlanManagement plans;

	@Autowired
	ProgressManagement progress;

	@Autowired
	FollowupManagement followup;

	@Autowired
	ca.pignon.followup.MerchantCalendarManagement calendars;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCalendarIsTiedToThePlanTheFeedAndTheDashboard() throws Exception {
		// given a merchant with an approved plan holding a social-media action, and a calendar with a post published
		PlanFixture fixture = new PlanFixture(context);
		PignonUser advisor = fixture.advisor();
		ApplicationDetails application = fixture.diagnosed(advisor, "Fleuriste Liens " + System.nanoTime(),
				Set.of("website"));
		PignonUser merchant = fixture.diagnostics.merchantUser(application);
		YearMonth start = plans.nextMonth();
		PlanSummary plan = plans.draft(application.id(), start, new BigDecimal("3"), PlanFixture.actor(advisor),
				FRENCH);
		int version = 1;
		try {
			plans.edit(plan.id(), version, new PlanEdit.AddAction(SOCIAL_ACTION, start), PlanFixture.actor(advisor),
					FRENCH);
			version++;
		}
		catch (PlanRefused alreadyThere) {
			// the draft proposed it already
		}
		plans.send(plan.id(), version, PlanFixture.actor(advisor));
		plans.approve(plan.id(), version, PlanFixture.MERCHANT_NAME, application.accountId(), FRENCH);
		await().atMost(Duration.ofSeconds(20)).until(() -> progress.planOf(application.id(), FRENCH).isPresent());

		new ContentFixture(context).withCalendar(merchant, application.id());
		List<CalendarPost> posts = calendar.posts(merchant, application.id());
		CalendarPost published = posts.get(0);
		calendar.publish(merchant, application.id(), published.id(), "https://www.instagram.com/p/fleurs");

		// "Mon plan": the social-media action points to the calendar, the published post is its evidence
		String task = HtmlUtils.htmlUnescape(mvc
			.perform(get("/progress/my/actions/" + SOCIAL_ACTION).with(user(merchant)).locale(FRENCH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(task).contains("/content/applications/" + application.id().value() + "/calendar")
			.contains("1 publication marquée publiée")
			.contains("https://www.instagram.com/p/fleurs");

		// the feed: every post not skipped, the published one said so
		String ics = calendars.calendarFile(application.id(), FRENCH);
		assertThat(ics).contains("UID:content-post-" + published.id() + "@pignon")
			.contains("SUMMARY:Publié sur Instagram")
			.contains("UID:content-post-" + posts.get(1).id() + "@pignon");

		// the dashboard: planned against published this month
		String dashboard = HtmlUtils.htmlUnescape(mvc.perform(get("/followup").with(user(advisor)).locale(FRENCH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(dashboard).contains("Publications du mois").doesNotContain(">A cessé de publier<");

		// two posts of the last three weeks, none published: the merchant stopped
		LocalDate today = LocalDate.now(ca.pignon.platform.Dates.PROGRAM_ZONE);
		jdbc.sql("UPDATE content_post SET day = :day WHERE id IN (:ids)")
			.param("day", java.sql.Date.valueOf(today.minusDays(3)))
			.param("ids", List.of(posts.get(1).id(), posts.get(2).id()))
			.update();
		dashboard = HtmlUtils.htmlUnescape(mvc.perform(get("/followup").with(user(advisor)).locale(FRENCH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(dashboard).contains(">A cessé de publier<");
	}

}
