package ca.pignon.content;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly figures in the browser's terms: typed figures refused in words and kept as typed, a month outside the
 * calendar refused, the rates and the planned and published posts shown, the trend chart drawn; a CSV file imported
 * whole or not at all, each bad line told; the cohort's median shown from five merchants sharing a network, never
 * from four; strangers told nothing exists.
 */
@SpringBootTest(properties = "pignon.test.context=content")
@AutoConfigureMockMvc
class FiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	FiguresManagement figures;

	DiagnosticFixture fixture;

	PignonUser advisor;

	@BeforeEach
	void fixture() {
		fixture = new DiagnosticFixture(context);
		advisor = fixture.staff("Anne Conseil", Role.ADVISOR);
	}

	@Test
	void typedFiguresAreRefusedInWordsKeptAsTypedThenSavedWithTheirRates() throws Exception {
		ApplicationDetails application = fixture.retained(advisor, "Boulangerie Chiffres " + System.nanoTime())
			.get(0);
		PignonUser merchant = withCalendar(application);
		String page = "/content/applications/" + application.id().value() + "/figures";
		YearMonth month = figures.range(merchant, application.id()).orElseThrow().last();

		String html = text(mvc
			.perform(post(page).with(csrf()).with(user(merchant)).locale(Locale.CANADA_FRENCH)
				.param("month", month.toString())
				.param("rows[0].network", "INSTAGRAM")
				.param("rows[0].followers", "beaucoup")
				.param("rows[0].postsPublished", "-2")
				.param("rows[0].reach", "")
				.param("rows[0].interactions", "12"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(html).contains("« beaucoup » n'est pas un nombre entier.")
			.contains("Ce nombre ne peut pas être négatif.")
			.contains("Donnez un nombre (0 si rien).")
			.contains("value=\"beaucoup\"")
			.contains("value=\"-2\"")
			.contains("value=\"12\"");

		YearMonth outside = month.plusMonths(1);
		html = text(mvc
			.perform(post(page).with(csrf()).with(user(merchant)).locale(Locale.CANADA_FRENCH)
				.param("month", outside.toString())
				.param("rows[0].network", "INSTAGRAM")
				.param("rows[0].followers", "100")
				.param("rows[0].postsPublished", "3")
				.param("rows[0].reach", "400")
				.param("rows[0].interactions", "20"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(html).contains("Le mois " + outside + " est hors de votre calendrier").contains("value=\"400\"");
		html = text(mvc
			.perform(post(page).with(csrf()).with(user(merchant)).locale(Locale.CANADA_FRENCH)
				.param("month", "janvier")
				.param("rows[0].network", "INSTAGRAM"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(html).contains("« janvier » n'est pas un mois").contains("value=\"janvier\"");
		assertThat(figures.history(merchant, application.id())).isEmpty();

		mvc.perform(post(page).with(csrf()).with(user(merchant))
			.param("month", month.toString())
			.param("rows[0].network", "INSTAGRAM")
			.param("rows[0].followers", "1 000")
			.param("rows[0].postsPublished", "3")
			.param("rows[0].reach", "400")
			.param("rows[0].interactions", "20")).andExpect(status().is3xxRedirection());
		MonthlyFigures saved = figures.history(merchant, application.id()).get(0);
		assertThat(saved).isEqualTo(new MonthlyFigures(month, Network.INSTAGRAM, 1000, 3, 400, 20));
		FiguresLine line = figures.month(merchant, application.id(), month).get(0);
		assertThat(line.byReach()).isEqualTo(EngagementPolicy.byReach(saved).orElseThrow());
		assertThat(line.planned()).isEqualTo((int) calendar.posts(merchant, application.id())
			.stream()
			.filter(p -> YearMonth.from(p.day()).equals(month))
			.count());
		assertThat(line.medianWhyNot()).isEqualTo("content.figures.median.tooFew");

		html = text(mvc.perform(get(page).with(user(merchant)).locale(Locale.CANADA_FRENCH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(html).contains("5,00 %").contains("2,00 %").contains("figures/chart.svg")
			.contains("Moins de 5 commerçants de votre cohorte");
		String svg = mvc.perform(get(page + "/chart.svg").with(user(merchant)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(svg).startsWith("<svg").contains("<polyline").doesNotContain("<script");
		// a stranger is told nothing exists
		PignonUser stranger = fixture.staff("Paul Ailleurs", Role.ADVISOR);
		mvc.perform(get(page).with(user(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void aCsvFileIsImportedWholeOrNotAtAll() throws Exception {
		ApplicationDetails application = fixture.retained(advisor, "Café Fichier " + System.nanoTime()).get(0);
		PignonUser merchant = withCalendar(application);
		String page = "/content/applications/" + application.id().value() + "/figures";
		YearMonth last = figures.range(merchant, application.id()).orElseThrow().last();
		YearMonth before = last.minusMonths(1);
		String bad = "month,network,followers,posts_published,reach,interactions\n" + before
				+ ",instagram,120,4,800,40\n" + last + ",instagram,douze,4,800,40\n" + last + ",myspace,1,1,1,1\n"
				+ "2001-01,instagram,1,1,1,1\n";
		String html = text(mvc
			.perform(multipart(page + "/import").file(csv(bad)).with(csrf()).with(user(merchant))
				.locale(Locale.CANADA_FRENCH))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(html).contains("Rien n'a été importé")
			.contains("Ligne 3 : « douze » n'est pas un nombre entier (followers).")
			.contains("Ligne 4 : « myspace » n'est pas un réseau connu.")
			.contains("Ligne 5 : le mois 2001-01 est hors de votre calendrier");
		assertThat(figures.history(merchant, application.id())).isEmpty();

		String good = "month;network;followers;posts_published;reach;interactions\n" + before
				+ ";instagram;120;4;800;40\n" + last + ";INSTAGRAM;130;5;1000;30\n";
		mvc.perform(multipart(page + "/import").file(csv(good)).with(csrf()).with(user(merchant)))
			.andExpect(status().is3xxRedirection());
		assertThat(figures.history(merchant, application.id())).containsExactly(
				new MonthlyFigures(before, Network.INSTAGRAM, 120, 4, 800, 40),
				new MonthlyFigures(last, Network.INSTAGRAM, 130, 5, 1000, 30));
	}

	@Test
	void theCohortsMedianIsShownFromFiveMerchantsSharingANetworkNeverFromFour() {
		String[] names = new String[5];
		for (int i = 0; i < names.length; i++) {
			names[i] = "Commerce Cohorte " + i + " " + System.nanoTime();
		}
		List<ApplicationDetails> cohort = fixture.retained(advisor, names);
		List<PignonUser> merchants = new ArrayList<>();
		for (ApplicationDetails application : cohort) {
			merchants.add(withCalendar(application));
		}
		YearMonth month = figures.range(merchants.get(0), cohort.get(0).id()).orElseThrow().last();
		List<BigDecimal> rates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			MonthlyFigures typed = new MonthlyFigures(month, Network.INSTAGRAM, 500, 4, 1000, 10L * (i + 1));
			figures.save(merchants.get(i), cohort.get(i).id(), List.of(typed));
			rates.add(EngagementPolicy.byReach(typed).orElseThrow());
		}
		FiguresLine four = figures.month(merchants.get(0), cohort.get(0).id(), month).get(0);
		assertThat(four.medianByReach()).isNull();
		assertThat(four.medianWhyNot()).isEqualTo("content.figures.median.tooFew");

		MonthlyFigures fifth = new MonthlyFigures(month, Network.INSTAGRAM, 500, 4, 1000, 50);
		figures.save(merchants.get(4), cohort.get(4).id(), List.of(fifth));
		FiguresLine five = figures.month(merchants.get(0), cohort.get(0).id(), month).get(0);
		// rates of 1 %, 2 %, 3 %, 4 % and 5 %: the middle one
		assertThat(five.medianByReach()).isEqualByComparingTo("3.00");
		assertThat(five.medianWhyNot()).isNull();
		assertThat(rates).hasSize(4);
	}

	private PignonUser withCalendar(ApplicationDetails application) {
		PignonUser merchant = fixture.merchantUser(application);
		new ContentFixture(context).withCalendar(merchant, application.id());
		return merchant;
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "chiffres.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html);
	}

}
