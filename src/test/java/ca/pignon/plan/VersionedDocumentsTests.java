package ca.pignon.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticRefused;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.diagnostic.internal.BankCatalogue;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.plan.internal.CatalogueShelf;
import ca.pignon.platform.DocumentChanged;
import ca.pignon.platform.DocumentPreview;
import ca.pignon.platform.DocumentProblem;
import ca.pignon.platform.DocumentRefused;
import ca.pignon.platform.DocumentStores;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.platform.VersionedDocuments;

import static ca.pignon.diagnostic.DiagnosticFixture.respondent;
import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Platform's store of versioned documents with the kinds Pignon has (the question bank, the action catalogue that
 * names the bank's questions, the selection grid), on PostgreSQL: publishing, previewing, and the references between
 * kinds checked when publishing and only then, so that whatever was published still reads after a restart.
 */
@PlanSpringTest
class VersionedDocumentsTests {

	static final String SHIPPED_BANK = BankCatalogue.shippedSource();

	/** The shipped bank with a question the catalogue's action web-https is triggered by renamed. */
	static final String BANK_WITHOUT_WEB_HTTPS = SHIPPED_BANK.replace("      - id: web-https\n",
			"      - id: web-secure\n");

	@Autowired
	ApplicationContext context;

	@Autowired
	WebApplicationContext web;

	@Autowired
	VersionedDocuments documents;

	@Autowired
	DiagnosticManagement diagnostics;

	@Autowired
	PlanManagement plans;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	PlanFixture fixture;

	PignonUser manager;

	@BeforeEach
	void aManager() {
		fixture = new PlanFixture(context);
		fixture.reset();
		manager = fixture.diagnostics.staff("Hélène Gagnon", Role.MANAGER);
	}

	/** The plan's other tests draft from the bank in use: leave the shipped one in use. */
	@AfterEach
	void theShippedBankInUseAgain() {
		int current = documents.currentVersion(QuestionBank.DOCUMENT);
		if (!documents.source(QuestionBank.DOCUMENT, current).equals(SHIPPED_BANK)) {
			documents.publish(QuestionBank.DOCUMENT, SHIPPED_BANK, "", manager.accountId(), null);
		}
	}

	@Test
	void publishingWritesTheNextVersionAndKeepsEveryVersionAsItWasPublished() {
		// given
		int before = documents.currentVersion(QuestionBank.DOCUMENT);
		String earlier = documents.source(QuestionBank.DOCUMENT, before);
		String edited = SHIPPED_BANK.replace("Avez-vous un site web ?", "Avez-vous un site Web ?");
		// when
		int version = documents.publish(QuestionBank.DOCUMENT, edited, " Majuscule ", manager.accountId(), before);
		// then
		assertThat(version).isEqualTo(before + 1);
		assertThat(documents.source(QuestionBank.DOCUMENT, version)).isEqualTo(edited);
		assertThat(documents.source(QuestionBank.DOCUMENT, before)).isEqualTo(earlier);
		assertThat(documents.current(QuestionBank.DOCUMENT).question("web-has-site").orElseThrow().text().fr())
			.isEqualTo("Avez-vous un site Web ?");
		assertThat(documents.versions(QuestionBank.DOCUMENT).get(0)).satisfies(published -> {
			assertThat(published.version()).isEqualTo(version);
			assertThat(published.publishedBy()).isEqualTo("Hélène Gagnon");
			assertThat(published.publishedByAccount()).isEqualTo(manager.accountId());
			assertThat(published.note()).isEqualTo("Majuscule");
			assertThat(published.checksum()).hasSize(64);
			assertThat(published.current()).isTrue();
		});
		assertThat(documents.versions(QuestionBank.DOCUMENT)).last().satisfies(shipped -> {
			assertThat(shipped.version()).isEqualTo(1);
			assertThat(shipped.publishedBy()).isEqualTo("Pignon");
			assertThat(shipped.publishedByAccount()).isNull();
			assertThat(shipped.current()).isFalse();
		});
		// and a manager who checked their file against the earlier version publishes nothing over this one
		assertThatThrownBy(() -> documents.publish(QuestionBank.DOCUMENT, edited, "", manager.accountId(), before))
			.isInstanceOfSatisfying(DocumentChanged.class,
					changed -> assertThat(changed.currentVersion()).isEqualTo(version));
		// and the database itself refuses to change or remove a version
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform_document WHERE kind = 'diagnostic.bank'").update())
			.hasMessageContaining("never changes");
	}

	@Test
	void twoManagersPublishingAtOnceGetDistinctVersions() throws Exception {
		// given
		int before = documents.currentVersion(QuestionBank.DOCUMENT);
		PignonUser colleague = fixture.diagnostics.staff("Louis Gagnon", Role.MANAGER);
		var start = new CountDownLatch(1);
		// when both publish at the same moment
		var first = CompletableFuture.supplyAsync(() -> publishAfter(start, "Première", manager));
		var second = CompletableFuture.supplyAsync(() -> publishAfter(start, "Seconde", colleague));
		start.countDown();
		// then
		assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
			.containsExactlyInAnyOrder(before + 1, before + 2);
		assertThat(documents.versions(QuestionBank.DOCUMENT).subList(0, 2)).extracting(version -> version.note())
			.containsExactlyInAnyOrder("Première", "Seconde");
	}

	private int publishAfter(CountDownLatch start, String note, PignonUser by) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return documents.publish(QuestionBank.DOCUMENT, SHIPPED_BANK.replace("Avez-vous un site web ?", note + " ?"),
				note, by.accountId(), null);
	}

	@Test
	void aPreviewNamesEachProblemWithItsLineInFrenchAndEnglish() {
		// given
		int current = documents.currentVersion(QuestionBank.DOCUMENT);
		String broken = SHIPPED_BANK.replaceFirst("type: scale", "type: slider");
		int line = lineOf(broken, "      - id: goals-customers");
		// when
		DocumentPreview<QuestionBank> preview = documents.preview(QuestionBank.DOCUMENT, broken);
		// then
		assertThat(preview.valid()).isFalse();
		assertThat(preview.version()).isEqualTo(current + 1);
		DocumentProblem problem = preview.problems().get(0);
		assertThat(problem.line()).isEqualTo(line);
		assertThat(problem.describe(messages, FRENCH))
			.isEqualTo("Ligne " + line + " : question goals-customers : le type « slider » n’existe pas (single, "
					+ "multiple, scale, already-planned-no, number, text).");
		assertThat(problem.describe(messages, Locale.ENGLISH))
			.startsWith("Line " + line + ": question goals-customers");
		assertThat(documents.preview(QuestionBank.DOCUMENT, "dimensions: [\n").problems()).singleElement()
			.satisfies(syntax -> assertThat(syntax.describe(messages, FRENCH))
				.matches("Ligne \\d : Le fichier n’est pas du YAML valide \\(.+\\)\\."));
		// and a valid file previews as the next version without being published
		DocumentPreview<QuestionBank> valid = documents.preview(QuestionBank.DOCUMENT, SHIPPED_BANK);
		assertThat(valid.valid()).isTrue();
		assertThat(valid.document().dimensions()).hasSize(10);
		assertThat(valid.current().version()).isEqualTo(current);
		assertThat(documents.currentVersion(QuestionBank.DOCUMENT)).isEqualTo(current);
	}

	@Test
	void aBankThatWouldBreakThePublishedCatalogueIsRefusedWithTheReasonInFrench() throws Exception {
		// given
		int bank = documents.currentVersion(QuestionBank.DOCUMENT);
		int catalogue = plans.currentCatalogue().version();
		List<String> reason = List.of(
				"Cette version ne peut pas être publiée : le catalogue des actions en usage (version " + catalogue
						+ ") s’y réfère et n’y trouverait plus ce qui suit.",
				"Action web-https : la question « web-https » n’existe pas dans la banque de questions.");
		// when a manager publishes a bank without the question the catalogue's action web-https is triggered by
		assertThatThrownBy(() -> diagnostics.publishBank(BANK_WITHOUT_WEB_HTTPS, "Renommage", respondent(manager)))
			// then it is refused, saying which action names which missing question
			.isInstanceOfSatisfying(DiagnosticRefused.class, refused -> assertThat(refused.problems())
				.extracting(problem -> messages.getMessage(problem.messageKey(), problem.arguments().toArray(), FRENCH))
				.containsExactlyElementsOf(reason));
		assertThat(documents.currentVersion(QuestionBank.DOCUMENT)).isEqualTo(bank);
		// and the managers' page says so at the preview, before anything is published
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		String page = mvc
			.perform(post("/diagnostic/bank/preview").param("source", BANK_WITHOUT_WEB_HTTPS)
				.with(csrf())
				.with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#error-summary li").eachText()).containsExactlyElementsOf(reason);
		assertThat(Jsoup.parse(page).select("#source").text()).contains("id: web-secure");
	}

	@Test
	void aCatalogueNamingAQuestionTheBankInUseLacksIsRefusedAtTheActionsLine() {
		// given
		String source = CatalogueShelf.shippedSource()
			.replace("{question: web-https, anyOf: [\"no\", unknown]}", "{question: web-secure, anyOf: [\"no\"]}");
		// when / then
		assertThatThrownBy(() -> plans.publishCatalogue(source, "", null, manager.accountId()))
			.isInstanceOfSatisfying(PlanRefused.class, refused -> {
				DocumentProblem problem = DocumentRefused.in(refused).orElseThrow().problems().get(0);
				assertThat(problem.describe(messages, FRENCH)).isEqualTo("Ligne " + lineOf(source, "  - id: web-https")
						+ " : Action web-https : la question « web-secure » n’existe pas dans la banque de "
						+ "questions.");
			});
	}

	@Test
	void aBankTheCatalogueDoesNotReferToIsPublishedAndPlansStillDraftAfterARestart() {
		// given a bank without a question no action names (the last one, an open question)
		String withoutWish = SHIPPED_BANK.substring(0, SHIPPED_BANK.indexOf("      - id: skills-wish\n"));
		// when
		int published = diagnostics.publishBank(withoutWish, "Sans question ouverte", respondent(manager));
		// then plans still draft from the catalogue in use
		assertThat(diagnostics.currentBank().version()).isEqualTo(published);
		assertThat(diagnostics.currentBank().question("skills-wish")).isEmpty();
		assertThat(draftedPlan().items()).isNotEmpty();
		// and after a restart every published version of every kind reads
		everyVersionReadsAfterARestart();
	}

	@Test
	void aCataloguePublishedBeforeABankThatBreaksItStillReadsAfterARestart() {
		// given a bank in use that lacks a question the catalogue in use names, as one published before publishing
		// checked references could be (written to the table directly: the store refuses to publish it now)
		int catalogue = plans.currentCatalogue().version();
		jdbc.sql("""
				INSERT INTO platform_document (kind, version, source, checksum, published_at, published_by_name)
				VALUES ('diagnostic.bank', :version, :source, 'legacy', now(), 'Ancienne version')""")
			.param("version", documents.currentVersion(QuestionBank.DOCUMENT) + 1)
			.param("source", BANK_WITHOUT_WEB_HTTPS)
			.update();
		// when Pignon restarts, then the catalogue still reads, and plans draft from it with the bank in use
		VersionedDocuments restarted = DocumentStores.restarted(context);
		assertThat(restarted.current(ActionCatalogue.DOCUMENT).version()).isEqualTo(catalogue);
		assertThat(restarted.current(QuestionBank.DOCUMENT).question("web-https")).isEmpty();
		assertThat(draftedPlan().catalogueVersion()).isEqualTo(catalogue);
		everyVersionReadsAfterARestart();
	}

	private PlanContent draftedPlan() {
		PignonUser advisor = fixture.advisor();
		ApplicationDetails merchant = fixture.diagnosed(advisor, "Boulangerie Arc-en-ciel", Set.of("website"));
		PlanSummary plan = plans.draft(merchant.id(), plans.nextMonth(), new BigDecimal("2"), PlanFixture.actor(advisor),
				FRENCH);
		return plans.version(plan.id(), 1).content();
	}

	private void everyVersionReadsAfterARestart() {
		VersionedDocuments restarted = DocumentStores.restarted(context);
		assertThat(DocumentStores.kinds(context)).contains(QuestionBank.DOCUMENT, ActionCatalogue.DOCUMENT)
			.allSatisfy(kind -> {
			assertThat(restarted.versions(kind)).isNotEmpty();
			restarted.versions(kind)
				.forEach(version -> assertThatCode(() -> restarted.version(kind, version.version()))
					.as(kind + " version " + version.version())
					.doesNotThrowAnyException());
		});
	}

	private static int lineOf(String source, String text) {
		String before = source.substring(0, source.indexOf(text));
		return (int) before.chars().filter(c -> c == '\n').count() + 1;
	}

}
