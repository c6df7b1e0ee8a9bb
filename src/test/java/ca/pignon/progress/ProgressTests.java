package ca.pignon.progress;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.followup.CalendarEntry;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.uploads.UploadedFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Carrying out an approved plan: its actions become tasks grouped as "Mon plan" shows them, are marked done with
 * evidence, commented on, and recalled by a digest sent once per period at the rhythm the merchant chose.
 */
@SpringBootTest(properties = "pignon.test.context=progress")
@AutoConfigureMockMvc // unused here: the same Spring context as ProgressPagesTests, started once
class ProgressTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	static final ZoneId ZONE = ZoneId.of("America/Toronto");

	@Autowired
	ProgressManagement progress;

	@Autowired
	ApplicationContext context;

	@Autowired
	FollowupManagement followup;

	@Autowired
	ca.pignon.followup.MerchantCalendarManagement calendars;

	@Autowired
	JdbcClient jdbc;

	DiagnosticFixture fixture;

	PignonUser advisor;

	ApplicationDetails application;

	PignonUser merchant;

	YearMonth now;

	@BeforeEach
	void aRetainedMerchantWithAnAdvisor() {
		fixture = new DiagnosticFixture(context);
		advisor = fixture.staff("Marc Tremblay", Role.ADVISOR);
		application = fixture.retained(advisor, "Fleuriste " + System.nanoTime()).get(0);
		merchant = fixture.merchantUser(application);
		now = YearMonth.now(ZONE);
	}

	@Test
	void theApprovedActionsAreGroupedAsLateThisMonthAndLaterWithTheFirstLateOneAsNextStep() {
		// when
		approve(1, action("fiche", now.minusMonths(1)), action("photos", now), action("site", now.plusMonths(2)),
				action("avis", now.minusMonths(2)));
		// then
		MyPlan plan = progress.planOf(application.id(), FRENCH).orElseThrow();
		assertThat(plan.late()).extracting(Task::key).containsExactly("fiche", "avis");
		assertThat(plan.thisMonth()).extracting(Task::key).containsExactly("photos");
		assertThat(plan.later()).extracting(Task::key).containsExactly("site");
		assertThat(plan.next().key()).isEqualTo("fiche");
		assertThat(plan.total()).isEqualTo(4);
		assertThat(plan.hoursPlanned()).isEqualByComparingTo("8");
		assertThat(progress.lateTasks(List.of(application.id()))).containsEntry(application.id(), 2);
	}

	@Test
	void theAdvisorsDashboardCountsLateTasksAndTheCalendarShowsTheOpenOnesUntilTheyAreDone() {
		// given the merchant's dossier in the advisor's caseload
		await().atMost(Duration.ofSeconds(20)).until(() -> followup.dossierOf(application.accountId()).isPresent());
		approve(1, action("fiche", now.minusMonths(1)), action("photos", now));
		// then
		assertThat(overdueOnDashboard()).isEqualTo(1);
		assertThat(calendars.calendarOf(application.id(), FRENCH)).extracting(CalendarEntry::day)
			.contains(now.minusMonths(1).atEndOfMonth(), now.atEndOfMonth());
		// when the late one is done
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		progress.markDone(application.id(), "fiche", null, null, null, merchant, version, FRENCH);
		// then
		assertThat(overdueOnDashboard()).isZero();
		assertThat(calendars.calendarOf(application.id(), FRENCH)).extracting(CalendarEntry::day)
			.doesNotContain(now.minusMonths(1).atEndOfMonth())
			.contains(now.atEndOfMonth());
	}

	private int overdueOnDashboard() {
		return followup.caseload(advisor.accountId(), 0, 50)
			.rows()
			.stream()
			.filter(row -> row.applicationId().equals(application.id()))
			.findFirst()
			.orElseThrow()
			.overdueActions();
	}

	@Test
	void noPlanApprovedMeansNothingToShow() {
		assertThat(progress.planOf(application.id(), FRENCH)).isEmpty();
		assertThat(progress.lateTasks(List.of(application.id()))).isEmpty();
	}

	@Test
	void aTaskMarkedDoneKeepsItsLinkNoteAndPhotoAndCountsAsDone() {
		// given
		approve(1, action("fiche", now), action("photos", now));
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		// when
		Task done = progress.markDone(application.id(), "fiche", "www.exemple.ca/fiche", "  Enfin !  ",
				file("fiche.png", png()), merchant, version, FRENCH);
		// then
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.evidenceUrl()).isEqualTo("https://www.exemple.ca/fiche");
		assertThat(done.doneNote()).isEqualTo("Enfin !");
		assertThat(done.doneByName()).isEqualTo(merchant.displayName());
		assertThat(done.evidence()).singleElement().satisfies(f -> assertThat(f.originalName()).isEqualTo("fiche.png"));
		MyPlan plan = progress.planOf(application.id(), FRENCH).orElseThrow();
		assertThat(plan.done()).extracting(Task::key).containsExactly("fiche");
		assertThat(plan.next().key()).isEqualTo("photos");
		assertThat(plan.percentDone()).isEqualTo(50);
	}

	@Test
	void aBadLinkOrARefusedFileLeavesTheTaskAsItWasAndKeepsNoFile() {
		approve(1, action("fiche", now));
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		assertThatThrownBy(() -> progress.markDone(application.id(), "fiche", "javascript:alert(1)", null, null,
				merchant, version, FRENCH))
			.isInstanceOfSatisfying(ProgressRefused.class, refused -> {
				assertThat(refused.field()).isEqualTo("evidenceUrl");
				assertThat(refused.messageKey()).isEqualTo("progress.refused.url");
			});
		assertThatThrownBy(() -> progress.markDone(application.id(), "fiche", null, "Voici",
				file("photo.jpg", "<html></html>".getBytes(StandardCharsets.UTF_8)), merchant, version, FRENCH))
			.isInstanceOfSatisfying(ProgressRefused.class, refused -> {
				assertThat(refused.field()).isEqualTo("file");
				assertThat(refused.messageKey()).isEqualTo("uploads.refused.kind");
			});
		Task task = progress.task(application.id(), "fiche", FRENCH);
		assertThat(task.done()).isFalse();
		assertThat(task.evidence()).isEmpty();
		assertThat(task.version()).isEqualTo(version);
	}

	@Test
	void markingDoneFromAStalePageIsRefusedAndSaysWhoDidIt() {
		approve(1, action("fiche", now));
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		progress.markDone(application.id(), "fiche", null, null, null, advisor, version, FRENCH);
		assertThatThrownBy(() -> progress.markDone(application.id(), "fiche", null, "moi aussi", null, merchant,
				version, FRENCH))
			.isInstanceOfSatisfying(ProgressRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("progress.refused.staleDone");
				assertThat(refused.arguments()).containsExactly(advisor.displayName());
			});
	}

	@Test
	void aReopenedTaskGoesBackToTheListAndKeepsItsEvidence() {
		approve(1, action("fiche", now));
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		Task done = progress.markDone(application.id(), "fiche", "https://exemple.ca", null, null, merchant, version,
				FRENCH);
		Task reopened = progress.reopen(application.id(), "fiche", done.version(), FRENCH);
		assertThat(reopened.status()).isEqualTo(TaskStatus.THIS_MONTH);
		assertThat(reopened.evidenceUrl()).isEqualTo("https://exemple.ca");
	}

	@Test
	void aNewApprovedVersionKeepsWhatWasDoneMovesWhatChangedAndDropsWhatLeft() {
		// given
		approve(1, action("fiche", now), action("photos", now), action("infolettre", now));
		long version = progress.task(application.id(), "fiche", FRENCH).version();
		progress.markDone(application.id(), "fiche", null, null, null, merchant, version, FRENCH);
		// when the advisor changes the plan and the merchant approves version 2
		approve(2, action("fiche", now), action("photos", now.plusMonths(1)), action("site", now.plusMonths(2)));
		// then
		MyPlan plan = progress.planOf(application.id(), FRENCH).orElseThrow();
		assertThat(plan.planVersion()).isEqualTo(2);
		assertThat(plan.done()).extracting(Task::key).containsExactly("fiche");
		assertThat(plan.later()).extracting(Task::key).containsExactly("photos", "site");
		assertThat(plan.total()).isEqualTo(3);
	}

	@Test
	void aRequestForHelpIsMailedToTheMerchantsAdvisor() {
		approve(1, action("fiche", now));
		progress.comment(application.id(), "fiche", "Je ne trouve pas le bouton « Modifier ».", true, merchant);
		assertThat(progress.task(application.id(), "fiche", FRENCH).helpRequested()).isTrue();
		String advisorEmail = jdbc.sql("SELECT email FROM platform_account WHERE id = :id")
			.param("id", advisor.accountId().value())
			.query(String.class)
			.single();
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(advisorEmail).size() == 1);
		assertThat(mailsTo(advisorEmail).get(0)).contains("Je ne trouve pas le bouton").contains("/progress/applications/");
	}

	@Test
	void anEmptyCommentIsRefused() {
		approve(1, action("fiche", now));
		assertThatThrownBy(() -> progress.comment(application.id(), "fiche", "   ", true, merchant))
			.isInstanceOfSatisfying(ProgressRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("progress.refused.helpEmpty"));
	}

	@Test
	void onlyTheMerchantAsksForHelpEvenWithAForgedForm() {
		approve(1, action("fiche", now));
		assertThatThrownBy(() -> progress.comment(application.id(), "fiche", "Je m’aide moi-même", true, advisor))
			.isInstanceOfSatisfying(ProgressRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("progress.refused.helpMerchantsOnly"));
		assertThat(progress.task(application.id(), "fiche", FRENCH).helpRequested()).isFalse();
	}

	@Test
	void aWeeklyDigestIsSentOnceAWeekFromMondayMorningWithWhatIsLateAndComing() {
		// given
		approve(1, action("fiche", now.minusMonths(1)), action("photos", now), action("site", now.plusMonths(3)));
		LocalDate monday = LocalDate.now(ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant mondayMorning = monday.atTime(LocalTime.of(8, 5)).atZone(ZONE).toInstant();
		// when / then
		progress.sendReminderDigests(monday.atTime(7, 0).atZone(ZONE).toInstant());
		assertThat(mailsTo(application.email())).as("before 8 on Monday").isEmpty();
		progress.sendReminderDigests(mondayMorning);
		progress.sendReminderDigests(mondayMorning.plus(Duration.ofHours(30)));
		assertThat(mailsTo(application.email())).hasSize(1);
		assertThat(mailsTo(application.email()).get(0)).contains("Titre fiche").contains("Titre photos")
			.doesNotContain("Titre site")
			.contains("/progress/my#rappels");
		// the next week, again once
		progress.sendReminderDigests(mondayMorning.plus(Duration.ofDays(7)));
		progress.sendReminderDigests(mondayMorning.plus(Duration.ofDays(7)));
		assertThat(mailsTo(application.email())).hasSize(2);
	}

	@Test
	void aMerchantWhoStoppedTheRemindersGetsNoneAndAMonthlyOneGetsOneAMonth() {
		approve(1, action("fiche", now));
		LocalDate firstMonday = now.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		Instant morning = firstMonday.atTime(9, 0).atZone(ZONE).toInstant();
		progress.chooseRhythm(application.id(), ReminderRhythm.NEVER);
		progress.sendReminderDigests(morning);
		assertThat(mailsTo(application.email())).isEmpty();
		progress.chooseRhythm(application.id(), ReminderRhythm.MONTHLY);
		assertThat(progress.rhythmOf(application.id())).isEqualTo(ReminderRhythm.MONTHLY);
		progress.sendReminderDigests(morning);
		progress.sendReminderDigests(morning.plus(Duration.ofDays(7)));
		progress.sendReminderDigests(morning.plus(Duration.ofDays(14)));
		assertThat(mailsTo(application.email())).hasSize(1);
	}

	@Test
	void nothingLateOrComingMeansNoDigest() {
		approve(1, action("site", now.plusMonths(4)));
		LocalDate monday = LocalDate.now(ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		progress.sendReminderDigests(monday.atTime(9, 0).atZone(ZONE).toInstant());
		assertThat(mailsTo(application.email())).isEmpty();
	}

	private void approve(int version, PlannedAction... actions) {
		progress.planApproved(application.id(), application.accountId(), version, List.of(actions));
	}

	static PlannedAction action(String key, YearMonth month) {
		return new PlannedAction(key, "Titre " + key, "Title " + key, month, new BigDecimal("2"), "MERCHANT");
	}

	private List<String> mailsTo(String recipient) {
		return jdbc.sql("SELECT subject || ' ' || body FROM platform_mail WHERE recipient = :to ORDER BY created_at")
			.param("to", recipient)
			.query(String.class)
			.list()
			.stream()
			.filter(mail -> !mail.contains("Bienvenue") && (mail.contains("plan") || mail.contains("aide")))
			.toList();
	}

	static UploadedFile file(String name, byte[] bytes) {
		return new UploadedFile() {
			@Override
			public String originalName() {
				return name;
			}

			@Override
			public java.io.InputStream open() {
				return new java.io.ByteArrayInputStream(bytes);
			}
		};
	}

	static byte[] png() {
		var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
