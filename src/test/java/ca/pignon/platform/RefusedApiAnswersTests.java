package ca.pignon.platform;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Any module's refusal reaches an API client as 400 problem details, every reason in the client's language. */
class RefusedApiAnswersTests {

	@RestController
	static class RefusingController {

		@GetMapping("/api/v1/refusing")
		String refuse() {
			throw new Refused(List.of(Refused.Problem.about("price", "test.price.negative", -5),
					Refused.Problem.about(null, "test.deadline.past")));
		}

	}

	@Test
	void answersARefusalWithProblemDetailsListingEveryReason() throws Exception {
		// given
		var messages = new StaticMessageSource();
		messages.addMessage("test.price.negative", Locale.CANADA_FRENCH, "Le prix {0} est négatif.");
		messages.addMessage("test.deadline.past", Locale.CANADA_FRENCH, "L’échéance est passée.");
		messages.addMessage("platform.api.refused", Locale.CANADA_FRENCH, "La demande est refusée.");
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingController())
			.setControllerAdvice(new RefusedApiAnswers(messages))
			.build();
		// when, then
		mvc.perform(get("/api/v1/refusing").locale(Locale.CANADA_FRENCH))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("La demande est refusée."))
			.andExpect(jsonPath("$.detail").value("Le prix -5 est négatif."))
			.andExpect(jsonPath("$.problems[0].field").value("price"))
			.andExpect(jsonPath("$.problems[1].message").value("L’échéance est passée."));
	}

}
