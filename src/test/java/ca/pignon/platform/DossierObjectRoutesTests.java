package ca.pignon.platform;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.followup.FollowupFixture;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.followup.MeetingId;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.RouteMatrix.Route;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.progress.Task;
import ca.pignon.uploads.UploadedFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dossier's one access rule on every route that names a merchant's dossier or one of its objects (diagnostic,
 * plan, tasks, files, follow-up, meetings), with the real objects of one merchant: their advisor and managers reach
 * them, the merchant reaches their own; another advisor, another merchant and the City are told nothing exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DossierObjectRoutesTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	/** The routes whose object belongs to a merchant's dossier. */
	static final Pattern DOSSIER_ROUTE = Pattern.compile(
			"^/(diagnostic/\\{id}/|diagnostic/applications/|plan/\\{id}/|plan/applications/|progress/applications/|uploads/|followup/merchants/|content/applications/|conversation/applications/).*");

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	final List<Route> matrix = RouteMatrix.load();

	PignonUser advisor;

	PignonUser otherAdvisor;

	PignonUser merchant;

	PignonUser otherMerchant;

	PignonUser manager;

	PignonUser city;

	Map<String, String> objects = new LinkedHashMap<>();

	@BeforeEach
	void aMerchantWithEveryKindOfObjectAndStrangersToIt() {
		var accounts = new TestAccounts(context);
		PlanFixture plans = new PlanFixture(context);
		advisor = plans.advisor();
		ApplicationDetails application = plans.diagnosed(advisor, "Épicerie " + System.nanoTime(), Set.of("website"));
		merchant = plans.diagnostics.merchantUser(application);
		PlanSummary plan = plans.plans.draft(application.id(), YearMonth.now().plusMonths(1), new BigDecimal("2"),
				PlanFixture.actor(advisor), FRENCH);
		plans.plans.send(plan.id(), 1, PlanFixture.actor(advisor));
		plans.plans.approve(plan.id(), 1, PlanFixture.MERCHANT_NAME, application.accountId(), FRENCH);
		ProgressManagement progress = context.getBean(ProgressManagement.class);
		await().atMost(Duration.ofSeconds(20)).until(() -> progress.planOf(application.id(), FRENCH).isPresent());
		Task task = progress.planOf(application.id(), FRENCH).orElseThrow().later().get(0);
		Task done = progress.markDone(application.id(), task.key(), null, null, photo(), merchant, task.version(),
				FRENCH);
		MeetingId meeting = context.getBean(FollowupManagement.class)
			.logMeeting(application.id(), FollowupFixture.held(java.time.LocalDate.now(Dates.PROGRAM_ZONE).minusDays(1), 30),
					FollowupFixture.actor(advisor));
		QuestionBank bank = plans.diagnostics.diagnostics.currentBank();
		objects.put("application", application.id().toString());
		objects.put("diagnostic", plans.diagnosticOf(application).value().toString());
		objects.put("plan", plan.id().value().toString());
		objects.put("upload", done.evidence().get(0).id().value().toString());
		objects.put("key", task.key());
		objects.put("meeting", meeting.value().toString());
		objects.put("dimension", bank.dimensions().get(0).id());
		otherAdvisor = plans.advisor();
		otherMerchant = accounts.signedIn(Role.MERCHANT);
		manager = accounts.signedIn(Role.MANAGER);
		city = accounts.signedIn(Role.CITY);
	}

	@Test
	void everyDossierRouteIsCovered() {
		assertThat(dossierRoutes()).extracting(Route::path)
			.contains("/diagnostic/{id}/result", "/plan/{id}/document", "/uploads/{id}",
					"/progress/applications/{id}/actions/{key}", "/followup/merchants/{application}/meetings/{meeting}")
			.hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void theAdvisorAndManagersReachEveryObjectOfTheDossier() throws Exception {
		List<String> refused = new ArrayList<>();
		for (Route route : dossierRoutes()) {
			for (PignonUser person : List.of(advisor, manager)) {
				int status = status(route, person);
				if (status == 401 || status == 403 || status == 404 || status >= 500) {
					refused.add(route + " as " + person.role() + ": " + status);
				}
			}
		}
		assertThat(refused).as("routes that refused someone the rule lets in").isEmpty();
	}

	@Test
	void theMerchantReachesTheirOwnObjectsWhereTheirRoleMay() throws Exception {
		List<String> refused = new ArrayList<>();
		for (Route route : dossierRoutes()) {
			if (route.expectationFor(Caller.MERCHANT) == RouteMatrix.Expectation.OK) {
				int status = status(route, merchant);
				if (status == 403 || status == 404 || status >= 500) {
					refused.add(route + ": " + status);
				}
			}
		}
		assertThat(refused).as("the merchant's own objects refused to them").isEmpty();
	}

	@Test
	void anotherAdvisorAnotherMerchantAndTheCityAreToldNothingExists() throws Exception {
		List<String> reached = new ArrayList<>();
		for (Route route : dossierRoutes()) {
			for (PignonUser person : List.of(otherAdvisor, otherMerchant, city)) {
				int status = status(route, person);
				boolean refused = status == 404 || status == 403 || (route.isUnsafe() && status == 400);
				if (!refused) {
					reached.add(route + " as another " + person.role() + ": " + status);
				}
				if (person == otherAdvisor && !route.isUnsafe() && status != 404) {
					reached.add(route + " as another advisor: " + status + " instead of 404");
				}
			}
		}
		assertThat(reached).as("routes that let a stranger to the dossier through").isEmpty();
	}

	private List<Route> dossierRoutes() {
		return matrix.stream().filter(route -> DOSSIER_ROUTE.matcher(route.path()).matches()).toList();
	}

	private int status(Route route, PignonUser person) throws Exception {
		String method = route.method().equals("*") ? "GET" : route.method();
		var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path(route)).with(user(person));
		// an edit names what it changes; without one it is an unknown operation (404) whoever asks
		if (route.path().equals("/plan/{id}/edit")) {
			request.param("op", "note").param("note", "Note de l'équipe.");
		}
		if (route.isUnsafe()) {
			request.with(csrf());
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/** The route's path with this merchant's objects in its variables. */
	private String path(Route route) {
		Matcher variables = VARIABLE.matcher(route.path());
		var path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String object = switch (name) {
				case "id" -> route.path().startsWith("/diagnostic/") ? objects.get("diagnostic")
						: route.path().startsWith("/plan/") ? objects.get("plan")
								: route.path().startsWith("/uploads/") ? objects.get("upload")
										: objects.get("application");
				default -> objects.get(name);
			};
			assertThat(object).as("an object for {" + name + "} of " + route).isNotNull();
			variables.appendReplacement(path, Matcher.quoteReplacement(object));
		}
		variables.appendTail(path);
		return path.toString();
	}

	private static UploadedFile photo() {
		var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		byte[] bytes = out.toByteArray();
		return new UploadedFile() {
			@Override
			public String originalName() {
				return "vitrine.png";
			}

			@Override
			public java.io.InputStream open() {
				return new java.io.ByteArrayInputStream(bytes);
			}
		};
	}

}
