package ca.pignon.content;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editorial calendar in the browser's terms: settings with bad input refused in words and kept as typed; the
 * capacity warning; three months drafted and stored; a post moved (not onto a closed day), marked published (with a
 * web address) or skipped; strangers told nothing exists.
 */
@SpringBootTest(properties = "pignon.test.context=content")
@AutoConfigureMockMvc
class EditorialCalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CalendarManagement calendar;

	PignonUser merchant;

	ApplicationDetails application;

	String page;

	@BeforeEach
	void aMerchantWithKeptPillars() {
		DiagnosticFixture fixture = new DiagnosticFixture(context);
		PignonUser advisor = fixture.staff("Anne Conseil", Role.ADVISOR);
		application = fixture.retained(advisor, "Boulangerie Calendrier " + System.nanoTime()).get(0);
		merchant = fixture.merchantUser(application);
		new ContentFixture(context).keptValueAndPillars(merchant, application.id());
		page = "/content/applications/" + application.id().value() + "/calendar";
	}

	@Test
	void badSettingsAreRefusedInWordsAndKeptAsTyped() throws Exception {
		String html = mvc
			.perform(post(page + "/settings").with(csrf()).with(user(merchant)).locale(Locale.CANADA_FRENCH)
				.param("instagram", "trois")
				.param("minutes", "-5")
				.param("closures", "pas une date"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String text = HtmlUtils.htmlUnescape(html);
		assertThat(text).contains("« trois » n'est pas un nombre entier.")
			.contains("value=\"trois\"")
			.contains("value=\"-5\"")
			.contains("pas une date")
			.contains("Donnez un temps entre 1 et");
		assertThat(calendar.settings(merchant, application.id())).isEmpty();
	}

	@Test
	void warnsWhenTheRhythmAsksForMoreThanTheHoursGiven() throws Exception {
		mvc.perform(post(page + "/settings").with(csrf()).with(user(merchant))
			.param("instagram", "7")
			.param("facebook", "7")
			.param("minutes", "15")).andExpect(status().is3xxRedirection());
		CalendarSettings settings = calendar.settings(merchant, application.id()).orElseThrow();
		int asked = calendar.minutesAsked(merchant, application.id(), settings);
		String html = mvc.perform(get(page).with(user(merchant)).locale(Locale.CANADA_FRENCH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(asked).isGreaterThan(15);
		assertThat(HtmlUtils.htmlUnescape(html)).contains("ce rythme demande environ " + asked + " minutes");
	}

	@Test
	void draftsThreeMonthsThenAPostIsMovedPublishedOrSkipped() throws Exception {
		// given
		mvc.perform(post(page + "/settings").with(csrf()).with(user(merchant))
			.param("instagram", "3")
			.param("minutes", "300")
			.param("closedWeekdays", "MONDAY")
			.param("ownDates", "2099-01-01 Anniversaire")).andExpect(status().is3xxRedirection());
		// when
		mvc.perform(post(page + "/draft").with(csrf()).with(user(merchant)).locale(Locale.CANADA_FRENCH))
			.andExpect(status().is3xxRedirection());
		// then
		List<CalendarPost> posts = calendar.posts(merchant, application.id());
		assertThat(posts).isNotEmpty().allSatisfy(p -> {
			assertThat(p.day().getDayOfWeek()).isNotEqualTo(DayOfWeek.MONDAY);
			assertThat(p.network()).isEqualTo(Network.INSTAGRAM);
			assertThat(p.status()).isEqualTo(PostStatus.PLANNED);
		});
		CalendarPost first = posts.get(0);
		String month = java.time.YearMonth.from(first.day()).toString();
		String html = mvc.perform(get(page).param("month", month).with(user(merchant)).locale(Locale.CANADA_FRENCH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(HtmlUtils.htmlUnescape(html)).contains(first.pillar()).contains("Avant de publier");

		// a closed day is refused, and what was typed stays
		java.time.LocalDate monday = first.day().with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
		html = mvc
			.perform(post(page + "/post").with(csrf()).with(user(merchant)).locale(Locale.CANADA_FRENCH)
				.param("post", first.id().toString())
				.param("action", "save")
				.param("day", monday.toString())
				.param("caption", "Mon texte à moi"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(HtmlUtils.htmlUnescape(html)).contains("La boutique est fermée le " + monday)
			.contains("Mon texte à moi");
		assertThat(calendar.posts(merchant, application.id()).get(0).caption()).isEqualTo(first.caption());

		// outside the calendar's range
		mvc.perform(post(page + "/post").with(csrf()).with(user(merchant))
			.param("post", first.id().toString())
			.param("day", first.day().minusYears(1).toString())
			.param("caption", "x")).andExpect(status().isBadRequest());

		// a bad link is refused; a web address marks it published
		html = mvc
			.perform(post(page + "/post").with(csrf()).with(user(merchant)).locale(Locale.CANADA_FRENCH)
				.param("post", first.id().toString())
				.param("action", "publish")
				.param("link", "instagram pas un lien"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(HtmlUtils.htmlUnescape(html)).contains("Donnez l'adresse web complète")
			.contains("instagram pas un lien");
		mvc.perform(post(page + "/post").with(csrf()).with(user(merchant))
			.param("post", first.id().toString())
			.param("action", "publish")
			.param("link", "https://www.instagram.com/p/abc")).andExpect(status().is3xxRedirection());
		CalendarPost second = posts.get(1);
		mvc.perform(post(page + "/post").with(csrf()).with(user(merchant))
			.param("post", second.id().toString())
			.param("action", "skip")).andExpect(status().is3xxRedirection());
		List<CalendarPost> after = calendar.posts(merchant, application.id());
		assertThat(after).filteredOn(p -> p.id().equals(first.id()))
			.singleElement()
			.satisfies(p -> assertThat(p.link()).isEqualTo("https://www.instagram.com/p/abc"))
			.extracting(CalendarPost::status)
			.isEqualTo(PostStatus.PUBLISHED);
		assertThat(after).filteredOn(p -> p.id().equals(second.id()))
			.singleElement()
			.extracting(CalendarPost::status)
			.isEqualTo(PostStatus.SKIPPED);

		// preparing again keeps what was published, and plans nothing else on its network that day
		CalendarPost published = after.stream().filter(p -> p.id().equals(first.id())).findFirst().orElseThrow();
		mvc.perform(post(page + "/draft").with(csrf()).with(user(merchant))).andExpect(status().is3xxRedirection());
		List<CalendarPost> again = calendar.posts(merchant, application.id());
		assertThat(again).filteredOn(p -> p.id().equals(published.id()))
			.singleElement()
			.satisfies(p -> assertThat(p.link()).isEqualTo("https://www.instagram.com/p/abc"));
		assertThat(again).filteredOn(p -> p.day().equals(published.day()) && p.network() == published.network())
			.hasSize(1);
		assertThat(again).noneMatch(p -> p.id().equals(second.id()));
	}

	@Test
	void twoPostsShareADayOnlyWhenTheMerchantAsksForIt() throws Exception {
		// given: six posts a week on one network, the shop open three days a week
		var settings = post(page + "/settings").with(csrf()).with(user(merchant))
			.param("instagram", "6")
			.param("minutes", "600")
			.param("closedWeekdays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY");
		// when: not asked
		mvc.perform(settings).andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/draft").with(csrf()).with(user(merchant))).andExpect(status().is3xxRedirection());
		// then: never two on one day, so fewer posts than asked
		List<CalendarPost> once = calendar.posts(merchant, application.id());
		assertThat(once).isNotEmpty();
		assertThat(once.stream().map(CalendarPost::day).distinct().count()).isEqualTo(once.size());
		// when: asked for, on the page
		mvc.perform(settings.param("sameDayAllowed", "true")).andExpect(status().is3xxRedirection());
		assertThat(calendar.settings(merchant, application.id()).orElseThrow().sameDayAllowed()).isTrue();
		mvc.perform(post(page + "/draft").with(csrf()).with(user(merchant))).andExpect(status().is3xxRedirection());
		// then: some days carry two, and the rhythm asked is kept
		List<CalendarPost> twice = calendar.posts(merchant, application.id());
		assertThat(twice.stream().map(CalendarPost::day).distinct().count()).isLessThan(twice.size());
		assertThat(twice.size()).isGreaterThan(once.size());
		assertThat(twice).allSatisfy(p -> assertThat(p.day().getDayOfWeek())
			.isIn(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
	}

	@Test
	void strangersAreToldNothingExists() throws Exception {
		PignonUser stranger = new DiagnosticFixture(context).staff("Autre Conseil", Role.ADVISOR);
		mvc.perform(get(page).with(user(stranger))).andExpect(status().isNotFound());
	}

}
