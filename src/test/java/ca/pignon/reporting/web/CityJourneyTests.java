package ca.pignon.reporting.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.followup.FollowupFixture;
import ca.pignon.followup.TestClock;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Dates;
import ca.pignon.platform.Role;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;
import ca.pignon.support.ReceivedMails;
import ca.pignon.territory.SdcLayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The City's journey (issue 15, "Done means"), in headless Chromium with every page scanned by axe-core: a manager
 * uploads the SDC areas; a councillor of the City reads the dashboard, narrows it to the quarter, sees the charts and
 * the map by SDC, downloads the CSV, the XLSX and the quarterly PDF and reads them back; the quarterly mail arrives
 * once, however many times the job runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"pignon.test.context=city-journey", "spring.mail.host=127.0.0.1", "spring.mail.port=4425" })
class CityJourneyTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(4425, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static ChromeDriver browser;

	@TestBean
	Clock clock;

	static Clock clock() {
		return TestClock.INSTANCE;
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	QuarterlyMail job;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void aManagerUploadsTheSdcAreasThenTheCityReadsDownloadsAndIsMailedItsReport() throws Exception {
		// given six businesses accompanied near the bus station, in Saint-Roch
		FollowupFixture fixture = new FollowupFixture(context);
		fixture.reset();
		jdbc.sql("DELETE FROM reporting_quarterly_mail").update();
		List<ApplicationDetails> merchants = fixture.accompanied(fixture.advisor("Anne Tremblay"),
				"Boulangerie du Parvis (démo)", "Fleuriste Saint-Jean (démo)", "Épicerie du Faubourg (démo)",
				"Librairie Limoilou (démo)", "Café de la Côte (démo)", "Quincaillerie Saint-Roch (démo)");

		// a manager uploads the SDC areas
		String manager = ApplicationFixture.uniqueEmail("gestion");
		StaffFixture.staffMember(accounts, jdbc, manager, "Manon Gestion", Role.MANAGER);
		browser.manage().deleteAllCookies();
		Pages.signIn(browser, port, manager, StaffFixture.PASSWORD);
		browser.get(url("/territory/sdc"));
		Pages.waitForHeading(browser, "Secteurs des SDC");
		Accessibility.assertNoSeriousViolations(browser);
		browser.findElement(By.id("file"))
			.sendKeys(Path.of("src/test/resources/territory/sdc-test.geojson").toAbsolutePath().toString());
		Pages.click(browser, By.xpath("//button[normalize-space()='Téléverser la couche']"));
		Pages.waitForNotice(browser, "La couche des SDC est enregistrée. Les commerces déjà localisés sont placés à nouveau.");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("SDC Saint-Roch (essai)",
				"SDC Charlesbourg (essai)");
		Accessibility.assertNoSeriousViolations(browser);
		// every business already located is placed again in its SDC
		await().atMost(Duration.ofSeconds(20))
			.until(() -> merchants.stream()
				.allMatch(merchant -> dossiers.find(merchant.id()).orElseThrow().area(SdcLayer.NAME).isPresent()));
		Pages.signOut(browser);

		// a councillor of the City reads the dashboard, for the quarter, with the map by SDC
		String city = ApplicationFixture.uniqueEmail("ville");
		StaffFixture.staffMember(accounts, jdbc, city, "Victor Ville", Role.CITY);
		Pages.signIn(browser, port, city, StaffFixture.PASSWORD);
		browser.get(url("/reports"));
		Pages.waitForHeading(browser, "Indicateurs du programme");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.click(browser, By.linkText("Ce trimestre"));
		Pages.waitUntil(browser, () -> browser.getCurrentUrl().contains("period=quarter"));
		new Select(browser.findElement(By.id("map"))).selectByValue("sdc");
		new Select(browser.findElement(By.id("indicator"))).selectByValue("retained");
		Pages.click(browser, By.xpath("//button[normalize-space()='Afficher']"));
		Pages.waitUntil(browser, () -> browser.getCurrentUrl().contains("map=sdc"));
		assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSize(2);
		assertThat(browser.findElements(By.cssSelector("svg.report-map path.shade-c1, svg.report-map path.shade-c2,"
				+ " svg.report-map path.shade-c3, svg.report-map path.shade-c4, svg.report-map path.shade-hidden")))
			.isNotEmpty();
		assertThat(browser.findElement(By.xpath("//h2[@id='map-title']")).getText()).isEqualTo("Retenus par SDC");
		assertThat(browser.findElement(By.xpath("//section[@aria-labelledby='map-title']//table")).getText())
			.contains("SDC Saint-Roch (essai)");
		Accessibility.assertNoSeriousViolations(browser);

		// the CSV, the XLSX and the quarterly PDF, downloaded with the councillor's session and read back
		String csv = new String(download(By.linkText("Télécharger ce tableau (CSV)")).body(), StandardCharsets.UTF_8);
		try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.StringReader(csv))) {
			assertThat(parser.getHeaderNames()).contains("registered", "retained");
			assertThat(parser.getRecords()).isNotEmpty();
		}
		byte[] xlsx = download(By.linkText("Télécharger ce tableau (XLSX)")).body();
		List<Row> rows;
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			rows = workbook.getFirstSheet().read();
		}
		assertThat(rows.get(0).stream().map(Cell::getText).toList()).contains("registered", "retained");
		String quarter = new Select(browser.findElement(By.id("quarter"))).getFirstSelectedOption().getAttribute("value");
		HttpResponse<byte[]> pdf = Pages.download(browser, port, "/reports/quarterly.pdf?quarter=" + quarter);
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		String text;
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
		}
		assertThat(text).contains("SDC Saint-Roch (essai)");

		// the quarterly mail: the job runs twice on the first day of the next quarter; the councillor gets one mail
		LocalDate today = fixture.today();
		LocalDate nextQuarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1).plusMonths(3);
		TestClock.INSTANCE.set(nextQuarter.atTime(7, 0).atZone(Dates.PROGRAM_ZONE).toInstant());
		job.sendDue();
		job.sendDue();
		List<MimeMessage> mails = ReceivedMails.await(smtp, city, "Rapport trimestriel du programme", 1);
		assertThat(ReceivedMails.body(mails.get(0))).contains("Bonjour Victor Ville").contains("/reports/quarterly.pdf");
		// the outbox sent what it had: still one mail
		await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(ReceivedMails.to(smtp, city, "Rapport trimestriel du programme")).hasSize(1);
		TestClock.INSTANCE.set(Instant.now());
	}

	private HttpResponse<byte[]> download(By link) throws Exception {
		String href = browser.findElement(link).getAttribute("href");
		HttpResponse<byte[]> response = Pages.download(browser, port, href.substring(href.indexOf("/reports")));
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
