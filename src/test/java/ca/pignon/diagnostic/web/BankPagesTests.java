package ca.pignon.diagnostic.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import ca.pignon.diagnostic.internal.BankCatalogue;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BankPagesTests extends DiagnosticWebTest {

	PignonUser manager;

	@BeforeEach
	void aManager() {
		manager = fixture.staff("Hélène Gagnon", Role.MANAGER);
	}

	@Test
	void aManagerDownloadsTheVersionInUseAsTheFileItWasPublishedFrom() throws Exception {
		int current = diagnostics.currentBank().version();
		Document page = page(mvc.perform(getAs(manager, "/diagnostic/bank")).andExpect(status().isOk()).andReturn());
		assertThat(page.select("table tbody tr").first().text()).contains(String.valueOf(current), "en usage");
		var response = mvc.perform(getAs(manager, "/diagnostic/bank/" + current + "/source"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("question-bank-v" + current + ".yaml");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(diagnostics.bankSource(current));
	}

	@Test
	void anUploadedFileWithMistakesIsShownBackWithEachMistakeNamingItsQuestion() throws Exception {
		String broken = BankCatalogue.shippedSource().replaceFirst("type: scale", "type: slider");
		int before = diagnostics.currentBank().version();
		Document page = page(mvc.perform(multipart("/diagnostic/bank/preview")
			.file(new MockMultipartFile("file", "bank.yaml", "application/yaml", broken.getBytes(StandardCharsets.UTF_8)))
			.param("note", "Essai")
			.with(csrf())
			.with(user(manager))).andExpect(status().isOk()).andReturn());
		assertThat(page.select("#error-summary").text())
			.contains("question goals-customers : le type « slider » n’existe pas");
		assertThat(page.select("#source").text()).contains("type: slider");
		assertThat(page.select("#note").val()).isEqualTo("Essai");
		assertThat(diagnostics.currentBank().version()).isEqualTo(before);
	}

	@Test
	void aValidFileIsPreviewedThenPublishedAsTheNextVersion() throws Exception {
		int before = diagnostics.currentBank().version();
		String edited = diagnostics.bankSource(before).replace("Avez-vous un site web ?", "Avez-vous un site Web ?");
		Document preview = page(mvc.perform(postAs(manager, "/diagnostic/bank/preview").param("source", edited)
			.param("note", "Majuscule")).andExpect(status().isOk()).andReturn());
		assertThat(preview.select("h1").text()).isEqualTo("Aperçu de la version " + (before + 1));
		assertThat(preview.text()).contains("Avez-vous un site Web ?");
		mvc.perform(postAs(manager, "/diagnostic/bank").param("source", preview.select("input[name=source]").val())
			.param("note", "Majuscule")).andExpect(redirectedUrl("/diagnostic/bank"));
		assertThat(diagnostics.currentBank().version()).isEqualTo(before + 1);
		assertThat(diagnostics.currentBank().question("web-has-site").orElseThrow().text().fr())
			.isEqualTo("Avez-vous un site Web ?");
	}

	@Test
	void advisorsAndMerchantsDoNotEditTheBank() throws Exception {
		PignonUser advisor = fixture.staff("Anne Tremblay", Role.ADVISOR);
		mvc.perform(getAs(advisor, "/diagnostic/bank")).andExpect(status().isForbidden());
		mvc.perform(postAs(advisor, "/diagnostic/bank").param("source", "x")).andExpect(status().isForbidden());
	}

}
