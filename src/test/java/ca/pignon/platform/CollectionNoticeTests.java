package ca.pignon.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Loi 25, art. 8: every form that collects personal information from the person says, next to it, why, who will see it
 * and how long it is kept, with a link to the privacy page. The templates are read as written: a POST form whose fields
 * collect personal information (free text, a file, a name, an email, a phone, an address…) must name a collection
 * notice in its {@code aria-describedby} and its template must include that notice
 * ({@code fragments/notice :: collection('purpose')}), unless the template is in {@link #COLLECTS_NOTHING_FROM_THE_PERSON}
 * with the reason. A new form that collects from the person fails here until it carries its notice.
 */
class CollectionNoticeTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path BUNDLE = Path.of("src/main/resources/i18n/platform");

	/** Field names that hold personal information (or free text, which can hold any). */
	static final Pattern PERSONAL_NAME = Pattern.compile("(?i).*(name|email|courriel|phone|tel|address|street|postal"
			+ "|municipality|comment|message|note|reason|caption|description|text|body|answer|details|website|link|url"
			+ "|goal|neq).*");

	/** A field of the house's form fragments: its name is the first argument. */
	static final Pattern FORM_FRAGMENT = Pattern
		.compile("fragments/forms :: (field|requiredField|textField|longField|choices|requiredChoices)\\('([^']+)'");

	static final Pattern NOTICE = Pattern.compile("fragments/notice :: collection\\('([a-zA-Z]+)'\\)");

	/**
	 * Templates whose POST forms collect nothing personal from the person filling them in. Each with its reason; a
	 * template listed here that no longer has such a form fails {@link #theAllowListNamesOnlyTemplatesThatNeedIt()}.
	 */
	static final Map<String, String> COLLECTS_NOTHING_FROM_THE_PERSON = Map.ofEntries(
			// signing in and recovering an account: an address the program already holds, used once, nothing kept
			Map.entry("platform/login.html", "sign-in: the account's own address, nothing new is collected"),
			Map.entry("platform/forgot.html", "sends a link to an address already held; nothing is kept"),
			// staff at work: they record decisions and notes about a dossier, not information about themselves;
			// what they write about a merchant is described on the privacy page (who sees what, retention)
			Map.entry("platform/tokens.html", "names an API token, nothing personal"),
			Map.entry("platform/documents.html", "administration edits the program's documents"),
			Map.entry("content/occasions.html", "management edits the calendar of occasions (program configuration)"),
			Map.entry("conversation/contact.html", "an advisor chooses which of their own work contacts to show"),
			Map.entry("diagnostic/application.html", "advisor's decision on the diagnostic (staff)"),
			Map.entry("diagnostic/dimension.html", "advisor's notes on a diagnostic dimension (staff)"),
			Map.entry("followup/closing.html", "advisor closes or reopens an accompaniment (staff decision)"),
			Map.entry("followup/meeting.html", "advisor records a meeting (staff)"),
			Map.entry("intake/application.html", "staff decide eligibility and location (staff decision)"),
			Map.entry("plan/edit.html", "advisor writes the action plan (staff)"),
			Map.entry("privacy/incident.html", "officer records an incident about the program (staff)"),
			Map.entry("privacy/request.html", "officer answers a request (staff)"),
			Map.entry("privacy/retention.html", "manager puts a legal hold with its reason (staff decision)"),
			Map.entry("providers/brief.html", "advisor writes the brief and shortlist for a merchant (staff)"),
			Map.entry("providers/provider.html", "management vets, changes or suspends a provider (staff decision)"),
			Map.entry("selection/dossier.html", "selection decisions on an application (staff)"),
			Map.entry("selection/grid.html", "management edits the selection grid (program configuration)"),
			Map.entry("territory/sdc.html", "a manager uploads the SDC areas (program configuration, no person)"),
			Map.entry("selection/review.html", "a reviewer scores an application (staff)"),
			Map.entry("selection/rounds.html", "management names a selection round (program configuration)"));

	/** The forms issue 16 names: they carry the notice whatever the field detection above finds. */
	static final List<String> NAMED_BY_THE_ISSUE = List.of("platform/setup.html", "platform/admin-accounts.html",
			"intake/register.html", "intake/step-business.html",
			"intake/step-storefront.html", "intake/step-online.html", "privacy/public-request.html",
			"providers/apply.html", "followup/my-survey.html", "progress/task.html", "conversation/messages.html");

	@Test
	void everyFormThatCollectsPersonalInformationCarriesItsNotice() throws IOException {
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (Path file : templates()) {
			String name = name(file);
			if (COLLECTS_NOTHING_FROM_THE_PERSON.containsKey(name)) {
				continue;
			}
			String source = Files.readString(file);
			Set<String> included = notices(source);
			for (Element form : postForms(source)) {
				List<String> personal = personalFields(form);
				if (personal.isEmpty()) {
					continue;
				}
				checked++;
				Set<String> described = describedNotices(form);
				if (described.isEmpty() || !included.containsAll(described)) {
					missing.add(name + " " + action(form) + " collects " + personal + " but "
							+ (described.isEmpty() ? "names no notice in aria-describedby"
									: "includes no notice " + described));
				}
			}
		}
		assertThat(checked).as("forms that collect personal information").isGreaterThan(15);
		assertThat(missing).as("forms without their collection notice (add one include line and aria-describedby,"
				+ " or list the template with a reason in COLLECTS_NOTHING_FROM_THE_PERSON)").isEmpty();
	}

	@Test
	void theFormsTheIssueNamesCarryTheNotice() throws IOException {
		for (String name : NAMED_BY_THE_ISSUE) {
			String source = Files.readString(TEMPLATES.resolve(name));
			Set<String> included = notices(source);
			assertThat(included).as(name).isNotEmpty();
			assertThat(postForms(source).stream().flatMap(form -> describedNotices(form).stream()))
				.as(name + ": a form described by its notice")
				.isNotEmpty()
				.allMatch(included::contains);
		}
	}

	@Test
	void theAllowListNamesOnlyTemplatesThatNeedIt() throws IOException {
		for (String name : COLLECTS_NOTHING_FROM_THE_PERSON.keySet()) {
			Path file = TEMPLATES.resolve(name);
			assertThat(file).as(name).exists();
			String source = Files.readString(file);
			assertThat(postForms(source).stream().anyMatch(form -> !personalFields(form).isEmpty()))
				.as(name + " has no form that would need a notice: remove it from the allow-list")
				.isTrue();
			assertThat(notices(source)).as(name + " is allow-listed but carries a notice").isEmpty();
		}
	}

	@Test
	void everyPurposeHasItsWordsInBothLanguagesAndItsSectionOnThePrivacyPage() throws IOException {
		Set<String> purposes = new TreeSet<>();
		for (Path file : templates()) {
			purposes.addAll(notices(Files.readString(file)));
		}
		assertThat(purposes).hasSizeGreaterThanOrEqualTo(5);
		String privacyPage = Files.readString(TEMPLATES.resolve("platform/privacy.html"));
		for (String language : List.of("messages.properties", "messages_fr.properties")) {
			Properties messages = new Properties();
			try (var reader = new InputStreamReader(Files.newInputStream(BUNDLE.resolve(language)),
					StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			for (String purpose : purposes) {
				for (String part : List.of("title", "why", "who", "kept")) {
					assertThat(messages.getProperty("platform.notice." + purpose + "." + part))
						.as(language + ": platform.notice." + purpose + "." + part)
						.isNotBlank();
				}
				assertThat(privacyPage).as("privacy page lists " + purpose).contains("'" + purpose + "'");
			}
		}
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	static String name(Path file) {
		return TEMPLATES.relativize(file).toString().replace('\\', '/');
	}

	static List<Element> postForms(String source) {
		Document template = Jsoup.parse(source, "", Parser.xmlParser());
		return template.select("form")
			.stream()
			.filter(form -> form.attr("method").equalsIgnoreCase("post"))
			.toList();
	}

	static Set<String> notices(String source) {
		Set<String> purposes = new LinkedHashSet<>();
		Matcher matcher = NOTICE.matcher(source);
		while (matcher.find()) {
			purposes.add(matcher.group(1));
		}
		return purposes;
	}

	static Set<String> describedNotices(Element form) {
		Set<String> purposes = new LinkedHashSet<>();
		for (String id : form.attr("aria-describedby").split("\\s+")) {
			if (id.startsWith("notice-")) {
				purposes.add(id.substring("notice-".length()));
			}
		}
		return purposes;
	}

	static String action(Element form) {
		return form.hasAttr("th:action") ? form.attr("th:action") : form.attr("action");
	}

	/** What the form collects that is personal: free text, files, and fields whose name says so. */
	static List<String> personalFields(Element form) {
		List<String> personal = new ArrayList<>();
		for (Element field : form.select("textarea, input, select")) {
			String type = field.attr("type").toLowerCase();
			String name = fieldName(field);
			if (field.tagName().equals("textarea") || type.equals("file") || type.equals("email")
					|| type.equals("tel")) {
				personal.add(field.tagName().equals("textarea") ? "textarea " + name : type + " " + name);
			}
			else if (!type.equals("hidden") && !type.equals("submit") && !type.equals("password")
					&& PERSONAL_NAME.matcher(name).matches()) {
				personal.add(name);
			}
		}
		for (Element included : form.select("[th:replace], [th:insert]")) {
			Matcher matcher = FORM_FRAGMENT.matcher(included.attr("th:replace") + included.attr("th:insert"));
			while (matcher.find()) {
				if (matcher.group(1).equals("longField") || PERSONAL_NAME.matcher(matcher.group(2)).matches()) {
					personal.add(matcher.group(2));
				}
			}
		}
		return personal;
	}

	static String fieldName(Element field) {
		String name = field.hasAttr("name") ? field.attr("name") : field.attr("th:name");
		if (name.isEmpty()) {
			name = field.attr("th:field").replaceAll("^\\*\\{|}$", "");
		}
		return name;
	}

	/** The notice as people get it, on real pages. */
	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class OnRealPages {

		@Autowired
		MockMvc mvc;

		@Test
		void theRegistrationSaysWhyWhoAndHowLongNextToItsForm() throws Exception {
			Document page = page(get("/register"));

			assertDescribed(page, "/register/account", "account");
			assertThat(page.select("#notice-account").text()).contains("Pourquoi :", "Qui les verra :",
					"Combien de temps :");
		}

		@Test
		void thePublicPrivacyRequestAndTheProviderApplicationCarryTheirNotice() throws Exception {
			assertDescribed(page(get("/privacy/request")), "/privacy/request", "request");
			assertDescribed(page(get("/providers/apply")), "/providers/apply", "provider");
		}

		@Test
		void theNoticeIsInEnglishWhenTheInterfaceIsAndItsLinkLeadsToItsSectionOfThePrivacyPage() throws Exception {
			Document english = page(get("/register").cookie(new Cookie("pignon-lang", "en-CA")));
			assertThat(english.select("#notice-account").text()).contains("Why:", "Who will see it:", "How long:");

			Document privacy = page(get("/privacy"));
			String href = english.select("#notice-account a").attr("href");
			assertThat(href).isEqualTo("/privacy#avis-account");
			assertThat(privacy.select("#avis-account h3").text()).isNotBlank();
			assertThat(privacy.select("#avis-account dd")).hasSize(3);
		}

		private void assertDescribed(Document page, String action, String purpose) {
			Element form = page.selectFirst("form[action='" + action + "']");
			assertThat(form).as(action).isNotNull();
			assertThat(form.attr("aria-describedby")).isEqualTo("notice-" + purpose);
			Element notice = page.getElementById("notice-" + purpose);
			assertThat(notice).as("notice-" + purpose).isNotNull();
			assertThat(notice.select("p")).hasSize(4);
			assertThat(notice.select("p").eachText()).allMatch(text -> text.length() > 10);
			assertThat(notice.select("a[href^='/privacy#avis-']")).hasSize(1);
		}

		private Document page(MockHttpServletRequestBuilder request) throws Exception {
			var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
			response.setCharacterEncoding("UTF-8");
			return Jsoup.parse(response.getContentAsString());
		}

	}

}
