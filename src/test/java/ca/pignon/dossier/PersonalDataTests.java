package ca.pignon.dossier;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import ca.pignon.PignonApplication;
import ca.pignon.followup.FollowupTest;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountRecords;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Mailer;
import ca.pignon.shared.AccountId;
import ca.pignon.uploads.UploadId;
import ca.pignon.uploads.internal.FileStore;
import ca.pignon.webaudit.FixtureSite;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The personal-data hook covers every table that holds a merchant's rows, by construction: a new table, or a new
 * module with such tables, fails here until a holder declares it. And for a merchant taken through the whole program,
 * their records come back from every module, then anonymisation leaves none of what identified them anywhere in
 * those tables while the counts of the program's reports stay the same.
 */
class PersonalDataTests extends FollowupTest {

	/** Kinds the journey of {@link AccompaniedMerchant} makes no row of, with the reason. */
	static final Map<String, String> NOT_MADE_BY_THE_JOURNEY = Map.of(
			"selection.review", "the round of the journey has no reviewers",
			"dossier.reviewer", "the round of the journey has no reviewers",
			"selection.review_score", "the round of the journey has no reviewers",
			"progress.reminder_sent", "no reminder digest is due during the journey",
			"privacy.access_log", "the journey calls the modules' APIs: no page lets staff into the dossier",
			"privacy.legal_hold", "nobody places a legal hold on the journey's dossier",
			"privacy.retention_log", "the journey's dossier is in progress: retention does not reach it");

	@Autowired
	PersonalDataManagement personalData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	FileStore files;

	@Autowired
	AccountRecords accountRecords;

	@Autowired
	Mailer mailer;

	FixtureSite site;

	@AfterEach
	void stopTheSite() {
		if (site != null) {
			site.close();
		}
	}

	@Test
	void everyTableThatHoldsAMerchantsRowsIsDeclaredByAHolder() {
		// given
		Set<String> declared = declaredTables();
		Set<String> existing = MerchantTables.all(jdbc);
		// when
		Set<String> holding = MerchantTables.holdingMerchantRows(jdbc);
		// then
		Set<String> undeclared = new TreeSet<>(holding);
		undeclared.removeAll(declared);
		undeclared.removeAll(MerchantTables.NOT_ABOUT_MERCHANTS.keySet());
		assertThat(undeclared).as("tables holding merchants' rows that no PersonalDataHolder declares").isEmpty();
		assertThat(existing).as("declared tables that do not exist").containsAll(declared);
		assertThat(existing).as("tables said not to be about merchants that do not exist")
			.containsAll(MerchantTables.NOT_ABOUT_MERCHANTS.keySet());
		assertThat(declared).as("tables declared as about merchants and as not about them")
			.doesNotContainAnyElementsOf(MerchantTables.NOT_ABOUT_MERCHANTS.keySet());
	}

	@Test
	void everyModuleThatOwnsAMerchantsTableHasAHolder() {
		// given
		ApplicationModules modules = ApplicationModules.of(PignonApplication.class);
		Set<String> tables = new TreeSet<>(MerchantTables.holdingMerchantRows(jdbc));
		tables.addAll(declaredTables());
		tables.removeAll(MerchantTables.NOT_ABOUT_MERCHANTS.keySet());
		// when
		Set<String> withHolder = modulesWithAHolder(modules);
		// then
		Map<String, String> ownerless = new TreeMap<>();
		for (String table : tables) {
			modules.stream()
				.map(ApplicationModule::getName)
				.filter(module -> table.equals(module) || table.startsWith(module + "_"))
				.filter(module -> !withHolder.contains(module))
				.forEach(module -> ownerless.put(table, module));
		}
		assertThat(ownerless).as("tables of modules that have no PersonalDataHolder bean").isEmpty();
		assertThat(withHolder).contains("intake", "selection", "webaudit", "diagnostic", "uploads", "plan",
				"progress", "followup", "dossier", "platform");
	}

	@Test
	void everyKindIsNamedAfterItsModuleAndDeclaredOnce() {
		List<RecordKind> kinds = personalData.recordKinds();
		assertThat(kinds).extracting(RecordKind::id).doesNotHaveDuplicates();
		assertThat(kinds).extracting(RecordKind::table).doesNotHaveDuplicates();
		assertThat(kinds).allSatisfy(kind -> assertThat(kind.id())
			.startsWith(kind.table().contains("_") ? kind.table().substring(0, kind.table().indexOf('_')) + "."
					: kind.table() + "."));
	}

	@Test
	void aMerchantsRecordsComeBackFromEveryModuleThenAnonymisationLeavesNothingThatIdentifiesThem() {
		// given a merchant taken through the whole program
		site = FixtureSite.http("bare");
		AccompaniedMerchant merchant = AccompaniedMerchant.throughTheProgram(fixture, context, site);
		DataSubject subject = merchant.subject();
		Map<String, String> reported = whatReportsCount(merchant);

		// when their records are asked for
		List<PersonalRecord> records = personalData.recordsOf(subject);

		// then every kind the journey made is there, with what identifies them
		Set<String> expected = personalData.recordKinds().stream().map(RecordKind::id).collect(Collectors.toSet());
		expected.removeAll(NOT_MADE_BY_THE_JOURNEY.keySet());
		assertThat(records).extracting(PersonalRecord::kind).containsAll(expected);
		String text = text(records);
		assertThat(AccompaniedMerchant.DISTINCTIVE).allSatisfy(word -> assertThat(text).containsIgnoringCase(word));
		assertThat(text).containsIgnoringCase(merchant.application.email());
		assertThat(text).as("secrets never leave")
			.doesNotContain("password_hash", "token_hash", "calendar_token", merchant.calendarSecret);
		UploadId photo = uploadOf(records);
		assertThat(files.read(photo)).isPresent();

		// when they are anonymised
		personalData.anonymise(subject);

		// then nothing that identified them is left, in their records or anywhere in the tables declared
		List<String> identifying = new ArrayList<>(AccompaniedMerchant.DISTINCTIVE);
		identifying.add(merchant.application.email());
		List<PersonalRecord> anonymised = personalData.recordsOf(subject);
		assertThat(identifying).allSatisfy(word -> assertThat(text(anonymised)).doesNotContainIgnoringCase(word));
		for (String table : declaredTables()) {
			String rows = jdbc.sql("SELECT CAST(t AS text) FROM " + table + " t").query(String.class).list().toString();
			assertThat(identifying).as(table).allSatisfy(word -> assertThat(rows).doesNotContainIgnoringCase(word));
		}
		assertThat(files.read(photo)).isEmpty();
		assertThat(fixture.calendars.calendarFeed(merchant.calendarSecret, Locale.CANADA_FRENCH)).isEmpty();
		AccountSummary account = accounts.find(merchant.application.accountId()).orElseThrow();
		assertThat(account.email()).endsWith("@anonyme.invalid");
		assertThat(account.displayName()).isEqualTo(Anonymised.PERSON);
		assertThat(account.enabled()).isFalse();
		assertThat(account.passwordSet()).isFalse();
		// and what the program's reports count is the same
		assertThat(whatReportsCount(merchant)).isEqualTo(reported);

		// when it is done again, nothing more changes
		personalData.anonymise(subject);
		assertThat(withoutVersions(personalData.recordsOf(subject))).isEqualTo(withoutVersions(anonymised));
	}

	@Test
	void aMerchantWithOnlyADraftIsFoundAndAnonymisedByTheirAccount() {
		// given
		AccountId account = anApplication(fixture.merchants.intake).by("Oriane", "Vénitienne-Lys", "418 555-0144")
			.draft(2);
		DataSubject subject = new DataSubject(account, null);
		// when
		List<PersonalRecord> records = personalData.recordsOf(subject);
		personalData.anonymise(subject);
		// then
		assertThat(records).extracting(PersonalRecord::kind).contains("intake.application", "platform.account");
		assertThat(text(records)).contains("Vénitienne-Lys", "555-0144");
		assertThat(text(personalData.recordsOf(subject))).doesNotContain("Vénitienne-Lys", "555-0144", "Oriane");
	}

	@Test
	void staffsMailsForgetTheMerchantWhileOtherMerchantsMailsAndShortWordsStayAsTheyWere() {
		// given a mail to an advisor and one to another merchant, both naming the business
		var advisor = fixture.advisor("Anne Tremblay");
		AccountId otherMerchant = anApplication(fixture.merchants.intake).draft(0);
		String otherAddress = accounts.find(otherMerchant).orElseThrow().email();
		mailer.send(advisor.getUsername(), "Aide pour Bijouterie Orvietta",
				"Bijouterie Orvietta a besoin de vous (Or).");
		mailer.send(otherAddress, "Nouvelles", "Comme Bijouterie Orvietta, publiez vos photos.");
		// when
		accountRecords.redactInMails(List.of("Bijouterie Orvietta", "Or"));
		// then
		assertThat(mailsTo(advisor.getUsername())).contains(
				"Aide pour [anonymisé] [anonymisé] a besoin de vous (Or).");
		assertThat(mailsTo(otherAddress)).contains("Nouvelles Comme Bijouterie Orvietta, publiez vos photos.");
	}

	private List<String> mailsTo(String address) {
		return jdbc.sql("SELECT subject || ' ' || body FROM platform_mail WHERE recipient = :to ORDER BY created_at")
			.param("to", address)
			.query(String.class)
			.list();
	}

	private Set<String> declaredTables() {
		return personalData.recordKinds()
			.stream()
			.map(RecordKind::table)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * The modules that have a holder: a holder bean of the module's own, or, for a module the dossier sits on
	 * (platform), the dossier's holder named after it, since such a module cannot implement the dossier's interface.
	 */
	private Set<String> modulesWithAHolder(ApplicationModules modules) {
		Set<String> names = new TreeSet<>();
		for (PersonalDataHolder holder : context.getBeansOfType(PersonalDataHolder.class).values()) {
			Class<?> type = AopUtils.getTargetClass(holder);
			String module = modules.getModuleByType(type).orElseThrow().getName();
			names.add(module);
			String named = type.getSimpleName().replace("PersonalData", "").toLowerCase(Locale.ROOT);
			if (module.equals("dossier") && modules.getModuleByName(named).isPresent()) {
				names.add(named);
			}
		}
		return names;
	}

	/** The facts the program's reports count about this merchant, read from each module's tables. */
	private Map<String, String> whatReportsCount(AccompaniedMerchant merchant) {
		UUID id = merchant.application.id().value();
		Map<String, String> counted = new HashMap<>();
		counted.put("dossier", one("""
				SELECT stage || ' ' || program_area_code || ' ' || naics_code || ' ' || employee_band || ' ' || outcome
				  || ' ' || submitted_at || ' ' || closed_at FROM dossier WHERE application_id = :id""", id));
		counted.put("areas", one("""
				SELECT string_agg(layer || '=' || code, ',' ORDER BY position) FROM dossier_area
				WHERE application_id = :id""", id));
		counted.put("scores", one("""
				SELECT string_agg(d.kind || ' ' || d.overall || ' ' || s.dimension_id || '=' || s.score, ','
				  ORDER BY d.kind, s.dimension_id)
				FROM diagnostic_score s JOIN diagnostic_assessment d ON d.id = s.diagnostic_id
				WHERE d.application_id = :id""", id));
		counted.put("hours", one("""
				SELECT f.minutes_used || ' ' || (SELECT sum(duration_minutes) FROM followup_meeting m
				  WHERE m.application_id = f.application_id) FROM followup_dossier f WHERE f.application_id = :id""",
				id));
		counted.put("tasks", one("""
				SELECT count(*) || ' ' || count(done_at) || ' ' || sum(hours) FROM progress_task
				WHERE application_id = :id""", id));
		counted.put("survey", one("""
				SELECT helpfulness || ' ' || advisor || ' ' || recommend FROM followup_survey
				WHERE application_id = :id""", id));
		counted.put("intake", one("""
				SELECT status || ' ' || naics_code || ' ' || employees || ' ' || municipality_code || ' '
				  || arrondissement_code || ' ' || eligibility FROM intake_application WHERE id = :id""", id));
		assertThat(counted).doesNotContainValue(null);
		return counted;
	}

	private String one(String sql, UUID id) {
		return jdbc.sql(sql).param("id", id).query(String.class).single();
	}

	private static UploadId uploadOf(List<PersonalRecord> records) {
		return records.stream()
			.filter(record -> record.kind().equals("uploads.file"))
			.map(record -> new UploadId(UUID.fromString(record.fields().get("id"))))
			.findFirst()
			.orElseThrow();
	}

	private static String text(List<PersonalRecord> records) {
		return records.toString();
	}

	private static List<PersonalRecord> withoutVersions(List<PersonalRecord> records) {
		return records.stream().map(record -> {
			Map<String, String> fields = new HashMap<>(record.fields());
			fields.remove("version");
			return new PersonalRecord(record.kind(), fields);
		}).toList();
	}

}
