package ca.pignon.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.dossier.AccompaniedMerchant;
import ca.pignon.dossier.DataOrigin;
import ca.pignon.dossier.PersonalDataManagement;
import ca.pignon.dossier.PersonalRecord;
import ca.pignon.dossier.RecordKind;
import ca.pignon.followup.FollowupTest;
import ca.pignon.uploads.UploadId;
import ca.pignon.uploads.internal.FileStore;
import ca.pignon.webaudit.FixtureSite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Mes données" for a merchant taken through the whole program: the ZIP gives back every record every module keeps
 * about them (a CSV per kind, in the folder of where it comes from, and the JSON), their files byte for byte, a JSON
 * Schema that names every field, a README; never a secret; and only to them.
 */
class MyDataTests extends FollowupTest {

	@Autowired
	PersonalDataManagement personalData;

	@Autowired
	WebApplicationContext web;

	@Autowired
	FileStore files;

	FixtureSite site;

	@AfterEach
	void stopTheSite() {
		if (site != null) {
			site.close();
		}
	}

	@Test
	void theMerchantDownloadsEveryRecordOfEveryModuleAndTheirFilesInOpenFormats() throws Exception {
		// given a merchant taken through the whole program
		site = FixtureSite.http("bare");
		AccompaniedMerchant merchant = AccompaniedMerchant.throughTheProgram(fixture, context, site);
		List<PersonalRecord> records = personalData.recordsOf(merchant.subject());
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

		// when they download their data
		MvcResult result = mvc.perform(get("/privacy/my/archive").with(user(merchant.owner))).andReturn();

		// then it is a ZIP of their data
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("pignon-mes-donnees-");
		Map<String, byte[]> zip = unzip(result.getResponse().getContentAsByteArray());
		assertThat(zip).containsKeys("LISEZMOI.txt", "donnees.json", "schema.json");
		assertThat(text(zip, "LISEZMOI.txt")).contains("collected", "produced", "ISO 8601");

		// every kind of record they have comes back as a CSV with as many rows, in the folder of its origin
		Map<String, Long> counts = records.stream()
			.collect(Collectors.groupingBy(PersonalRecord::kind, LinkedHashMap::new, Collectors.counting()));
		assertThat(counts).containsKeys("intake.application", "diagnostic.answer", "plan.version", "uploads.file",
				"followup.meeting", "platform.account");
		for (RecordKind kind : personalData.recordKinds()) {
			String csv = (kind.origin() == DataOrigin.COLLECTED ? "collected/" : "produced/") + kind.id() + ".csv";
			if (counts.containsKey(kind.id())) {
				assertThat(csvRows(zip, csv)).as(csv).hasSize(counts.get(kind.id()).intValue());
			}
			else {
				assertThat(zip).as(csv).doesNotContainKey(csv);
			}
		}

		// the JSON holds the same records, apart by origin, and the schema names each kind's fields
		JsonNode json = new JsonMapper().readTree(zip.get("donnees.json"));
		JsonNode schema = new JsonMapper().readTree(zip.get("schema.json"));
		for (RecordKind kind : personalData.recordKinds()) {
			String origin = kind.origin() == DataOrigin.COLLECTED ? "collected" : "produced";
			assertThat(json.get(origin).get(kind.id()).size()).as(kind.id())
				.isEqualTo(counts.getOrDefault(kind.id(), 0L).intValue());
			JsonNode declared = schema.get("properties").get(origin).get("properties").get(kind.id());
			assertThat(declared).as(kind.id()).isNotNull();
			for (JsonNode record : json.get(origin).get(kind.id())) {
				record.propertyNames()
					.forEach(field -> assertThat(declared.get("items").get("properties").has(field))
						.as(kind.id() + "." + field)
						.isTrue());
			}
		}
		String everything = text(zip, "donnees.json");
		assertThat(AccompaniedMerchant.DISTINCTIVE).allSatisfy(word -> assertThat(everything).contains(word));
		assertThat(new String(String.join("", zip.keySet()) + everything)).as("secrets never leave")
			.doesNotContain("password_hash", "token_hash", "calendar_token", merchant.calendarSecret);

		// and their photo, byte for byte
		UploadId photo = new UploadId(UUID.fromString(records.stream()
			.filter(record -> record.kind().equals("uploads.file"))
			.findFirst()
			.orElseThrow()
			.fields()
			.get("id")));
		String photoEntry = zip.keySet()
			.stream()
			.filter(name -> name.startsWith("files/" + photo.value()))
			.findFirst()
			.orElseThrow();
		assertThat(photoEntry).endsWith("vitrine-zephyrin-oiseau.png");
		assertThat(zip.get(photoEntry)).isEqualTo(files.read(photo).orElseThrow());
	}

	@Test
	void theMerchantSeesWhoCanSeeTheirDossierAndTheLinkToTheirCopy() throws Exception {
		// given
		var anne = fixture.advisor("Anne Tremblay");
		var application = fixture.accompanied(anne, "Boulangerie du Parvis").get(0);
		var owner = fixture.merchants.merchantUser(application);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

		// when
		MvcResult result = mvc.perform(get("/privacy/my").with(user(owner))).andReturn();

		// then
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		var page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Mes données");
		assertThat(page.select("#who-sees li").eachText()).contains("Vous.", "Anne Tremblay, qui vous accompagne.")
			.anySatisfy(line -> assertThat(line).startsWith("La Ville ne voit jamais votre dossier"));
		assertThat(page.select("a[href='/privacy/my/archive']")).hasSize(1);
	}

	private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	private static String text(Map<String, byte[]> zip, String name) {
		return new String(zip.get(name), StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> csvRows(Map<String, byte[]> zip, String name) throws IOException {
		assertThat(zip).as(name).containsKey(name);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text(zip, name)))
			.getRecords();
	}

}
