package ca.pignon.conversation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.ProgramSettings;
import ca.pignon.platform.Role;
import ca.pignon.progress.PlannedAction;
import ca.pignon.progress.ProgressManagement;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A dossier's conversation as the merchant and their advisor live it: each message mailed to the other side (read
 * from GreenMail, sent for real over SMTP), the advisor's dashboard flagging the merchant waiting for an answer, the
 * contact details the advisor chose on the merchant's pages, help requests from "Mon plan" in the conversation, bad
 * input refused in words with the text kept, and nobody else reading it.
 */
@SpringBootTest(properties = { "pignon.test.context=conversation", "spring.mail.host=127.0.0.1",
		"spring.mail.port=3525" })
@AutoConfigureMockMvc
class ConversationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3525, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ConversationManagement conversations;

	@Autowired
	ProgramSettings program;

	DiagnosticFixture fixture;

	PignonUser advisor;

	ApplicationDetails application;

	PignonUser merchant;

	String business;

	@BeforeEach
	void aMerchantAccompaniedByAnne() {
		fixture = new DiagnosticFixture(context);
		advisor = fixture.staff("Anne Tremblay", Role.ADVISOR);
		business = "Fromagerie " + System.nanoTime();
		application = fixture.retained(advisor, business).get(0);
		merchant = fixture.merchantUser(application);
	}

	@Test
	void aMessageReachesTheAdvisorByMailAndTheAnswerReachesTheMerchant() throws Exception {
		// when the merchant writes from their page
		String question = "Quand pouvons-nous nous voir pour la vitrine ? " + System.nanoTime();
		MvcResult sent = mvc.perform(post("/conversation/my").with(user(merchant)).with(csrf()).param("body", question))
			.andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/conversation/my#messages");

		// then Anne receives it by mail, with the link to answer from
		MimeMessage toAnne = awaitMail(advisor.email(), question);
		assertThat(toAnne.getSubject()).contains(business);
		assertThat(body(toAnne)).contains("/conversation/applications/" + application.id().value());
		// and her dashboard flags the merchant waiting for an answer
		String dashboard = page(get("/followup").with(user(advisor)));
		assertThat(dashboard).contains("Message sans réponse (1)");
		assertThat(page(get("/conversation/applications/" + application.id().value()).with(user(advisor))))
			.contains(question).contains("1 message attend votre réponse.");

		// when Anne answers from the dossier's page
		String answer = "Jeudi à 10 h, à la boutique. " + System.nanoTime();
		mvc.perform(post("/conversation/applications/" + application.id().value()).with(user(advisor))
			.with(csrf())
			.param("body", answer));

		// then the merchant receives the answer by mail, reads it on their pages, and the flag is gone
		MimeMessage toMerchant = awaitMail(merchant.email(), answer);
		assertThat(toMerchant.getSubject()).contains("Anne Tremblay");
		assertThat(body(toMerchant)).contains("/conversation/my");
		assertThat(page(get("/conversation/my").with(user(merchant)))).contains(question).contains(answer);
		assertThat(page(get("/intake/my").with(user(merchant)))).contains("Anne Tremblay vous a répondu.");
		assertThat(page(get("/followup").with(user(advisor)))).doesNotContain("Message sans réponse");
	}

	@Test
	void theMerchantSeesTheContactDetailsTheAdvisorChose() throws Exception {
		String email = advisor.email();
		// before Anne chooses: her name only, and the program's contact
		String before = page(get("/intake/my").with(user(merchant)));
		assertThat(before).contains("Anne Tremblay").doesNotContain(email).contains(program.contact().email());

		// a phone that is not one is refused in words, what was typed kept
		String refused = page(post("/conversation/contact").with(user(advisor)).with(csrf())
			.param("showEmail", "true")
			.param("phone", "appelez-moi")
			.param("showPhone", "true"));
		assertThat(refused).contains("« appelez-moi » n’est pas un numéro de téléphone").contains("value=\"appelez-moi\"");
		assertThat(conversations.contactChoice(advisor.accountId())).isEqualTo(ContactChoice.NAME_ONLY);

		// when she shows her email and phone
		mvc.perform(post("/conversation/contact").with(user(advisor)).with(csrf())
			.param("showEmail", "true")
			.param("phone", "418 555-0142 poste 7")
			.param("showPhone", "true"));

		// then the merchant sees them on their status page and on the conversation's
		for (String path : List.of("/intake/my", "/conversation/my")) {
			assertThat(page(get(path).with(user(merchant)))).as(path)
				.contains("Anne Tremblay")
				.contains("mailto:" + email)
				.contains("418 555-0142 poste 7");
		}
	}

	@Test
	void anEmptyOrTooLongMessageIsRefusedInWordsAndKept() throws Exception {
		assertThat(page(post("/conversation/my").with(user(merchant)).with(csrf()).param("body", "   ")))
			.contains("Écrivez votre message.");
		String tooLong = "Un mot. ".repeat(600);
		String page = page(post("/conversation/my").with(user(merchant)).with(csrf()).param("body", tooLong));
		assertThat(page).contains("Votre message dépasse").contains("(il en a").contains(tooLong.strip());
		assertThat(conversations.conversation(application.id()).messages()).isEmpty();
	}

	@Test
	void nobodyElseReadsOrWritesTheConversation() throws Exception {
		String path = "/conversation/applications/" + application.id().value();
		PignonUser otherAdvisor = fixture.staff("Autre conseiller", Role.ADVISOR);
		assertThat(mvc.perform(get(path).with(user(otherAdvisor))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(post(path).with(user(otherAdvisor)).with(csrf()).param("body", "Bonjour"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(path).with(user(fixture.staff("Gestion", Role.MANAGER))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(conversations.conversation(application.id()).messages()).isEmpty();
	}

	@Test
	void aMerchantWithoutAnAdvisorIsToldToWriteToTheProgram() throws Exception {
		// given an eligible application not retained yet, and one outside the territory
		ApplicationDetails waiting = anApplication(fixture.intake).named("Librairie " + System.nanoTime()).submit();
		PignonUser waitingMerchant = fixture.merchantUser(waiting);
		ApplicationDetails far = anApplication(fixture.intake).named("Boutique " + System.nanoTime())
			.at(ca.pignon.intake.ApplicationFixture.unknownStreet("Lévis", "G6V 1A1", ReceptionMode.STOREFRONT))
			.submit();

		String page = page(get("/conversation/my").with(user(waitingMerchant)));
		assertThat(page).contains("Une conseillère ou un conseiller vous sera attribué").contains(program.contact().email())
			.doesNotContain("name=\"body\"");
		assertThat(page(post("/conversation/my").with(user(waitingMerchant)).with(csrf()).param("body", "Allô ?")))
			.contains("Écrivez au programme : " + program.contact().email());
		// "écrivez-nous" says where
		assertThat(page(get("/intake/my").with(user(fixture.merchantUser(far))))).contains("n’est pas admissible")
			.contains("écrivez-nous")
			.contains("mailto:" + program.contact().email());
	}

	@Test
	void aRequestForHelpOnAnActionIsAMessageOfTheConversationMailedToTheAdvisor() throws Exception {
		// given an approved plan
		YearMonth now = YearMonth.now(ca.pignon.platform.Dates.PROGRAM_ZONE);
		ProgressManagement progress = context.getBean(ProgressManagement.class);
		progress.planApproved(application.id(), application.accountId(), 1, List.of(new PlannedAction("fiche",
				"Compléter la fiche d’établissement", "Complete the listing", now, new BigDecimal("2"), "MERCHANT")));

		// when the merchant asks for help on the action
		String help = "Je ne trouve pas le bouton de validation " + System.nanoTime();
		mvc.perform(post("/progress/my/actions/fiche/comments").with(user(merchant)).with(csrf())
			.param("body", help)
			.param("help", "true"));

		// then it is in the conversation, about the action, mailed to Anne, and still shown on the action's page
		Message message = conversations.conversation(application.id()).messages().get(0);
		assertThat(message.body()).isEqualTo(help);
		assertThat(message.actionKey()).isEqualTo("fiche");
		MimeMessage mail = awaitMail(advisor.email(), help);
		assertThat(mail.getSubject()).contains("Demande d’aide");
		assertThat(body(mail)).contains("Compléter la fiche d’établissement");
		assertThat(page(get("/progress/my/actions/fiche").with(user(merchant)))).contains(help);
		assertThat(page(get("/conversation/applications/" + application.id().value()).with(user(advisor))))
			.contains(help)
			.contains("/progress/applications/" + application.id().value() + "/actions/fiche");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private static MimeMessage awaitMail(String recipient, String quoting) {
		await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(recipient, quoting) != null);
		return mailTo(recipient, quoting);
	}

	private static MimeMessage mailTo(String recipient, String quoting) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getAllRecipients()[0].toString().equalsIgnoreCase(recipient) && body(mail).contains(quoting);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElse(null);
	}

	private static String body(MimeMessage mail) {
		try {
			return mail.getContent().toString().replace("\r\n", "\n");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
