package ca.pignon.diagnostic.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The end diagnostic's page for staff: before it opens, it says when and how far the plan must go; a manager may open
 * it with a reason (a blank one is refused and nothing starts), an advisor may not.
 */
class EndDiagnosticPagesTests extends DiagnosticWebTest {

	PignonUser advisor;

	ApplicationDetails merchant;

	String page;

	@BeforeEach
	void aMerchantWhoseStartingDiagnosticIsComplete() {
		advisor = fixture.staff("Anne Tremblay", Role.ADVISOR);
		merchant = fixture.retained(advisor, "Fromagerie du Parvis").get(0);
		fixture.completed(merchant.id(), advisor, java.util.Set.of());
		page = "/diagnostic/applications/" + merchant.id().value();
	}

	@Test
	void theAdvisorIsToldWhenItOpensAndCannotOpenItEarly() throws Exception {
		Document shown = page(mvc.perform(getAs(advisor, page)).andExpect(status().isOk()).andReturn());
		assertThat(shown.select("#t1-early").text()).contains("Diagnostic de fin (T1)");
		assertThat(shown.select("#t1-early form")).isEmpty();
		assertThat(shown.select("button[type=submit]").eachText()).doesNotContain("Commencer le diagnostic de fin (T1)");
		mvc.perform(postAs(advisor, page + "/t1-early").param("reason", "Je le veux"))
			.andExpect(redirectedUrl(page + "#t1-early"));
		assertThat(diagnostics.diagnosticsOf(merchant.id())).hasSize(1);
	}

	@Test
	void aManagerOpensItWithAReasonAndABlankReasonStartsNothing() throws Exception {
		PignonUser manager = fixture.staff("Gestion", Role.MANAGER);
		Document shown = page(mvc.perform(getAs(manager, page)).andExpect(status().isOk()).andReturn());
		assertThat(shown.select("#t1-early form textarea[name=reason]")).hasSize(1);
		mvc.perform(postAs(manager, page + "/t1-early").param("reason", "  "))
			.andExpect(redirectedUrl(page + "#t1-early"));
		assertThat(diagnostics.diagnosticsOf(merchant.id())).hasSize(1);
		mvc.perform(postAs(manager, page + "/t1-early").param("reason", "Le commerce ferme en mars."))
			.andExpect(redirectedUrlPattern("/diagnostic/*/dimensions/*"));
		assertThat(diagnostics.diagnosticsOf(merchant.id())).extracting(DiagnosticSummary::kind)
			.contains(DiagnosticKind.T1);
	}

}
