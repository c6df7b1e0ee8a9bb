package ca.pignon.dossier;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.context.ApplicationContext;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.diagnostic.Dimension;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.followup.FollowupFixture;
import ca.pignon.followup.MeetingDetails;
import ca.pignon.followup.MeetingMode;
import ca.pignon.followup.MeetingStatus;
import ca.pignon.followup.SurveyAnswers;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ConsentPurpose;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.Storefront;
import ca.pignon.plan.PlanEdit;
import ca.pignon.plan.PlanManagement;
import ca.pignon.privacy.PrivacyRequests;
import ca.pignon.privacy.RequestKind;
import ca.pignon.plan.PlanSummary;
import ca.pignon.content.Pillar;
import ca.pignon.content.PillarChoice;
import ca.pignon.content.PillarManagement;
import ca.pignon.content.ValueManagement;
import ca.pignon.content.ValueSheet;
import ca.pignon.content.ValueSheet.CustomerProfile;
import ca.pignon.platform.PignonUser;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.providers.Accessibility;
import ca.pignon.providers.BriefDetails;
import ca.pignon.providers.BriefEdit;
import ca.pignon.providers.BriefId;
import ca.pignon.providers.BriefManagement;
import ca.pignon.providers.ContentOwner;
import ca.pignon.providers.DomainOwner;
import ca.pignon.providers.Hosting;
import ca.pignon.providers.Quote;
import ca.pignon.progress.ReminderRhythm;
import ca.pignon.progress.Task;
import ca.pignon.selection.SelectionTables;
import ca.pignon.uploads.UploadedFile;
import ca.pignon.webaudit.FixtureSite;
import ca.pignon.webaudit.WebAuditManagement;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static ca.pignon.intake.ApplicationFixture.anApplication;

/**
 * A merchant taken through the whole program through each module's API, as the pages do, leaving words nobody else
 * uses in every place a merchant's personal data can be: submitted with their name, phone, address and website;
 * retained; their site audited; a diagnostic with the advisor's note; a plan with a note and an action of its own,
 * changes asked for, then approved by typing their name; a task done with a link, a note and a photo, a comment and a
 * request for help; a provider chosen for a website of the plan (brief, quote, choice); a meeting and a calendar
 * feed; a second diagnostic, the closing and the survey.
 */
public final class AccompaniedMerchant {

	static final String FIRST_NAME = "Philomène";

	static final String LAST_NAME = "Zébulon-Arsenault";

	static final String PHONE = "581 555-0177";

	static final String BUSINESS = "Quincaillerie Zéphyrin-Oiseau";

	static final String STREET = "Rue de la Maréchaussée";

	static final String SITE_PATH = "/zephyrin-oiseau/";

	static final String NOTE = "La vitrine Xylographe est à repenser.";

	static final String PLAN_NOTE = "Priorité Gribouille : la fiche Google.";

	static final String CUSTOM_ACTION = "Enseigne de " + BUSINESS;

	static final String CHANGES = "Pouvez-vous retirer Pistache ?";

	static final String DONE_NOTE = "Fait avec Sauterelle.";

	static final String COMMENT = "Ma cousine Ondine Quartz prend les photos.";

	static final String HELP = "Comment joindre Bergamote Fournitures ?";

	static final String PLACE = "Café Pervenche";

	static final String TOPICS = "Catalogue Tamarin et vitrine";

	static final String SURVEY = "Merci pour Azalée et tout le reste.";

	static final String REQUEST = "Corrigez Quenouille dans mon dossier, svp.";

	static final String BRIEF_GOAL = "Que les clients de Capucine trouvent nos heures.";

	static final String CHOICE = "Le Studio Libellule connaît déjà Mandragore.";

	static final String VALUE_STORY = "Fondée par l’oncle Chicoutai en 1961.";

	static final String PILLAR_NAME = "Les outils de Pimprenelle";

	/** What must be found in the merchant's records before, and nowhere after anonymisation (case aside). */
	public static final List<String> DISTINCTIVE = List.of("Zéphyrin-Oiseau", "zephyrin-oiseau", LAST_NAME, "555-0177",
			"Maréchaussée", "Xylographe", "Gribouille", "Pistache", "Sauterelle", "Ondine Quartz", "Bergamote",
			"Pervenche", "Tamarin", "Azalée", "Quenouille", "Capucine", "Mandragore", "Chicoutai", "Pimprenelle");

	public final ApplicationDetails application;

	public final PignonUser owner;

	/** The secret of the calendar feed the merchant subscribed to. */
	public final String calendarSecret;

	private AccompaniedMerchant(ApplicationDetails application, PignonUser owner, String calendarSecret) {
		this.application = application;
		this.owner = owner;
		this.calendarSecret = calendarSecret;
	}

	public static AccompaniedMerchant throughTheProgram(FollowupFixture fixture, ApplicationContext context,
			FixtureSite site) {
		site.html(SITE_PATH, "<html lang=\"fr\"><head><title>" + BUSINESS + "</title></head><body><h1>" + BUSINESS
				+ "</h1><p>275, " + STREET + ", Québec</p><p>" + PHONE + "</p></body></html>");
		PignonUser anne = fixture.advisor("Anne Tremblay");
		ApplicationDetails application = anApplication(fixture.merchants.intake).named(BUSINESS)
			.by(FIRST_NAME, LAST_NAME, PHONE)
			.at(new Storefront("275", STREET, "local 2", "Québec", "G1K 8N1", ReceptionMode.STOREFRONT))
			.online(site.url(SITE_PATH), "https://www.facebook.com/zephyrin-oiseau", "@zephyrin-oiseau", null)
			.consenting(Set.of(ConsentPurpose.PROGRAM_NEWS))
			.submit();
		// a round named after the merchant would keep their name in the round's log: rounds are not theirs
		fixture.merchants.retainedIn("Cohorte " + UUID.randomUUID(), anne, List.of(application));
		PignonUser owner = fixture.merchants.merchantUser(application);
		var id = application.id();

		// the audit as staff start it from the page: a job, run in the background, its record kept in the dossier
		WebAuditManagement audits = context.getBean(WebAuditManagement.class);
		java.util.UUID job = audits.startApplicationAudit(id, actor(anne), FRENCH).id();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.until(() -> audits.job(job).map(ca.pignon.webaudit.AuditJob::finished).orElse(false));
		diagnosedWithANote(fixture, anne, owner, application);

		PlanManagement plans = context.getBean(PlanManagement.class);
		java.time.YearMonth month = plans.nextMonth();
		PlanSummary plan = plans.draft(id, month, new java.math.BigDecimal("3"), actor(anne), FRENCH);
		plans.edit(plan.id(), 1, new PlanEdit.Note(PLAN_NOTE), actor(anne), FRENCH);
		plans.edit(plan.id(), 2, new PlanEdit.AddCustom(CUSTOM_ACTION, "Pour que les passants voient " + BUSINESS,
				java.math.BigDecimal.valueOf(4), 0, 300, ca.pignon.plan.Doer.MERCHANT, month), actor(anne), FRENCH);
		plans.edit(plan.id(), 3, new PlanEdit.AddCustom("Site web de " + BUSINESS, "Pour être trouvé", java.math.BigDecimal.valueOf(6), 500, 2000,
				ca.pignon.plan.Doer.PROVIDER, month), actor(anne), FRENCH);
		plans.send(plan.id(), 4, actor(anne));
		plans.requestChanges(plan.id(), 4, CHANGES, actor(owner));
		plans.edit(plan.id(), 4, new PlanEdit.Note(PLAN_NOTE + " Sans Pistache."), actor(anne), FRENCH);
		plans.send(plan.id(), 5, actor(anne));
		plans.approve(plan.id(), 5, FIRST_NAME + " " + LAST_NAME, application.accountId(), FRENCH);
		awaitEvents(fixture);

		// a provider chosen for the plan's website: a brief in the merchant's words, a provider invited from outside
		// the directory, the request sent with the merchant's consent, a quote through the link, the choice and why
		BriefManagement briefs = context.getBean(BriefManagement.class);
		String websiteAction = briefs.providerActions(id, FRENCH)
			.stream()
			.filter(action -> action.title().startsWith("Site web de"))
			.findFirst()
			.orElseThrow()
			.key();
		BriefId brief = briefs.open(id, websiteAction, actor(owner), FRENCH);
		BriefDetails opened = briefs.brief(brief);
		briefs.edit(brief, opened.version(), new BriefEdit("website", opened.title(), BRIEF_GOAL, "Rien en ligne", "",
				"", 500, 2000, null, "fr"), actor(owner));
		context.getBean(ca.pignon.providers.ShortlistManagement.class).invite(brief, "Studio Libellule", "libellule@fournisseur.test", "", actor(owner), true);
		// the program's clock, not the machine's: a test may run it elsewhere in time (TestClock)
		java.time.LocalDate today = java.time.LocalDate
			.now(context.getBean(java.time.Clock.class).withZone(ca.pignon.platform.Dates.PROGRAM_ZONE));
		briefs.send(brief, today.plusDays(10), true,
				actor(owner), true);
		String mail = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("SELECT body FROM platform_mail WHERE recipient = 'libellule@fournisseur.test' ORDER BY created_at DESC LIMIT 1")
			.query(String.class)
			.single();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/providers/quotes/([A-Za-z0-9_-]+)").matcher(mail);
		link.find();
		context.getBean(ca.pignon.providers.QuoteManagement.class).answer(link.group(1), new Quote(new java.math.BigDecimal("1500"), new java.math.BigDecimal("200"),
				"Un site d’une page", 6, DomainOwner.MERCHANT, ContentOwner.MERCHANT, "", true, Accessibility.WCAG_AA,
				Hosting.CANADA));
		context.getBean(ca.pignon.providers.ChoiceManagement.class).choose(brief, briefs.brief(brief).active().get(0).id(), CHOICE, application.accountId());
		// and, the work delivered, rated in the merchant's words
		context.getBean(ca.pignon.providers.DeliveryManagement.class)
			.rate(brief, new ca.pignon.providers.RatingInput(true, true, 5, true, "Site Chicoutai livré à temps",
					"https://chicoutai.exemple.ca", false), application.accountId());

		// the value work kept in the merchant's words, and their pillars, one renamed
		context.getBean(ValueManagement.class)
			.keep(owner, id, new ValueSheet(Map.of("story", VALUE_STORY), "La quincaillerie Chicoutai du quartier.",
					List.of("Conseils d’expert Chicoutai", "Au cœur du quartier", "Une équipe familiale"),
					List.of(new CustomerProfile("Habitués de Chicoutai", ""), new CustomerProfile("Voisins", "")),
					"WARM", "Chicoutai", ""));
		PillarManagement pillars = context.getBean(PillarManagement.class);
		List<PillarChoice> choices = new java.util.ArrayList<>();
		for (Pillar pillar : pillars.propose(owner, id, FRENCH)) {
			choices.add(new PillarChoice(pillar.position(), pillar.position() == 0 ? PILLAR_NAME : pillar.name(),
					true));
		}
		pillars.decide(owner, id, choices);
		ca.pignon.content.CalendarManagement calendar = context.getBean(ca.pignon.content.CalendarManagement.class);
		calendar.save(owner, id, new ca.pignon.content.CalendarSettings(
				java.util.Map.of(ca.pignon.content.Network.INSTAGRAM, 2), 120, java.util.Set.of(),
				java.util.Set.of(), List.of(new ca.pignon.content.CalendarSettings.OwnDate(
						today.plusDays(10), "Anniversaire Chicoutai")),
				false, null, null));
		calendar.draft(owner, id, FRENCH);
		var first = calendar.posts(owner, id).get(0);
		calendar.edit(owner, id, first.id(), first.day(), "Chicoutai vous attend");
		calendar.publish(owner, id, first.id(), "https://www.instagram.com/p/chicoutai");
		ca.pignon.content.FiguresManagement figures = context.getBean(ca.pignon.content.FiguresManagement.class);
		figures.save(owner, id, List.of(new ca.pignon.content.MonthlyFigures(
				figures.range(owner, id).orElseThrow().last(), ca.pignon.content.Network.INSTAGRAM, 210, 1, 900, 45)));

		ProgressManagement progress = context.getBean(ProgressManagement.class);
		Task task = progress.planOf(id, FRENCH).orElseThrow().next();
		progress.markDone(id, task.key(), "https://zephyrin-oiseau.example/vitrine", DONE_NOTE,
				photo("vitrine-zephyrin-oiseau.png"), owner, task.version(), FRENCH);
		progress.comment(id, task.key(), COMMENT, false, owner);
		progress.comment(id, task.key(), HELP, true, owner);
		// the advisor answers in the dossier's conversation, where the help request is
		context.getBean(ca.pignon.conversation.ConversationManagement.class)
			.write(id, "Pour Bergamote, voyez la note Xylographe.", null, null, anne);
		progress.chooseRhythm(id, ReminderRhythm.WEEKLY);

		fixture.followup.logMeeting(id, new MeetingDetails(MeetingStatus.HELD, fixture.today(), null, 90,
				MeetingMode.IN_PERSON, PLACE, TOPICS, "", List.of(), "Rappeler Tamarin"), actor(anne));
		String calendarSecret = fixture.calendars.renewCalendarToken(id, actor(owner));
		fixture.completeDiagnostic(id, DiagnosticKind.T1, anne, Set.of("website"));
		fixture.followup.close(id, actor(anne));
		fixture.followup.answerSurvey(id, new SurveyAnswers(5, 4, 5, SURVEY), actor(owner));
		context.getBean(PrivacyRequests.class).file(owner.accountId(), RequestKind.RECTIFICATION, REQUEST);
		awaitEvents(fixture);
		return new AccompaniedMerchant(application, owner, calendarSecret);
	}

	public DataSubject subject() {
		return new DataSubject(application.accountId(), application.id());
	}

	/** T0, the merchant answering the last theme themselves, the advisor the others with a note on the first. */
	private static void diagnosedWithANote(FollowupFixture fixture, PignonUser advisor, PignonUser owner,
			ApplicationDetails application) {
		DiagnosticManagement diagnostics = fixture.merchants.diagnostics;
		DiagnosticSummary started = diagnostics.start(application.id(), DiagnosticKind.T0,
				DiagnosticFixture.respondent(advisor), FRENCH);
		QuestionBank bank = diagnostics.bank(started.bankVersion());
		List<Dimension> dimensions = bank.dimensions();
		for (int i = 0; i < dimensions.size(); i++) {
			Dimension dimension = dimensions.get(i);
			PignonUser by = i == dimensions.size() - 1 ? owner : advisor;
			diagnostics.save(started.id(), dimension.id(), dimension.questions().stream().map(Question::id).toList(),
					fixture.merchants.answersAt(bank, dimension.id(), false), i == 0 ? NOTE : null,
					diagnostics.summary(started.id()).version(), DiagnosticFixture.respondent(by), FRENCH);
		}
		diagnostics.complete(started.id(), DiagnosticFixture.respondent(advisor), FRENCH);
	}

	private static void awaitEvents(FollowupFixture fixture) {
		var merchants = fixture.merchants;
		SelectionTables.awaitEvents(merchants.intake, merchants.accounts, merchants.selection, merchants.jdbc);
	}

	private static UploadedFile photo(String name) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = out.toByteArray();
		return new UploadedFile() {
			@Override
			public String originalName() {
				return name;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}
		};
	}

}
