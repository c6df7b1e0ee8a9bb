package ca.pignon.content;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import ca.pignon.content.ValueSheet.CustomerProfile;
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
 * Pillars in the browser's terms: proposed from the kept value work, renamed, kept or dropped, each with ideas of the
 * library; an empty name comes back with its message and what was typed.
 */
@SpringBootTest(properties = "pignon.test.context=content")
@AutoConfigureMockMvc
class PillarsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ValueManagement values;

	@Autowired
	PillarManagement pillars;

	@Autowired
	IdeaLibrary library;

	PignonUser merchant;

	PignonUser advisor;

	ApplicationDetails application;

	String page;

	@BeforeEach
	void aMerchantWithAKeptValueSheet() {
		DiagnosticFixture fixture = new DiagnosticFixture(context);
		advisor = fixture.staff("Anne Conseil", Role.ADVISOR);
		application = fixture.retained(advisor, "Boulangerie Piliers " + System.nanoTime()).get(0);
		merchant = fixture.merchantUser(application);
		values.keep(merchant, application.id(), new ValueSheet(java.util.Map.of(), "Le pain de Saint-Roch.",
				List.of("Pain fait main chaque matin", "Au cœur du quartier Saint-Roch", "Une équipe familiale"),
				List.of(new CustomerProfile("Habitués", ""), new CustomerProfile("Travailleurs", "")), "WARM", "", ""));
		page = "/content/applications/" + application.id().value() + "/pillars";
	}

	@Test
	void proposesPillarsFromTheKeptValueWorkWithIdeas() throws Exception {
		// when
		mvc.perform(post(page + "/propose").with(csrf()).with(user(merchant))).andExpect(status().is3xxRedirection());
		// then
		List<Pillar> proposed = pillars.pillars(merchant, application.id());
		assertThat(proposed).extracting(Pillar::kind)
			.containsExactly(PillarKind.BEHIND_THE_SCENES, PillarKind.NEIGHBOURHOOD, PillarKind.TEAM);
		assertThat(proposed).extracting(Pillar::name).containsExactly("Les coulisses", "Notre quartier", "Notre équipe");
		Idea first = library.ideas(PillarKind.BEHIND_THE_SCENES, values.work(merchant, application.id()).family()).get(0);
		assertThat(body(get(page), advisor)).contains(HtmlUtils.htmlEscape("Les coulisses"))
			.contains(first.prompt(Locale.CANADA_FRENCH));
	}

	@Test
	void renamesKeepsAndDropsAndRefusesAnEmptyName() throws Exception {
		pillars.propose(merchant, application.id(), Locale.CANADA_FRENCH);
		// when a name is emptied
		String refused = body(post(page).with(csrf())
			.param("rows[0].name", "Dans le fournil")
			.param("rows[0].kept", "true")
			.param("rows[1].name", " ")
			.param("rows[1].kept", "true")
			.param("rows[2].name", "Notre équipe"), merchant);
		// then
		assertThat(refused).contains("Donnez un nom à ce pilier.").contains("Dans le fournil");
		assertThat(pillars.pillars(merchant, application.id())).extracting(Pillar::name)
			.containsExactly("Les coulisses", "Notre quartier", "Notre équipe");

		// when named, the third dropped
		mvc.perform(post(page).with(csrf())
			.with(user(merchant))
			.param("rows[0].name", "Dans le fournil")
			.param("rows[0].kept", "true")
			.param("rows[1].name", "Saint-Roch")
			.param("rows[1].kept", "true")
			.param("rows[2].name", "Notre équipe")).andExpect(status().is3xxRedirection());
		// then
		assertThat(pillars.pillars(merchant, application.id())).extracting(Pillar::name, Pillar::kept)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Dans le fournil", true),
					org.assertj.core.groups.Tuple.tuple("Saint-Roch", true),
					org.assertj.core.groups.Tuple.tuple("Notre équipe", false));
	}

	@Test
	void keepsStrangersOut() throws Exception {
		PignonUser stranger = new DiagnosticFixture(context).staff("Autre Conseil", Role.ADVISOR);
		mvc.perform(get(page).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post(page + "/propose").with(csrf()).with(user(stranger))).andExpect(status().isNotFound());
	}

	private String body(MockHttpServletRequestBuilder request, PignonUser who) throws Exception {
		return mvc.perform(request.with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
