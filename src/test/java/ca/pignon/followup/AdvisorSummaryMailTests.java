package ca.pignon.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.convention.TestBean;

import ca.pignon.followup.internal.AdvisorSummaries;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.followup.FollowupFixture.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each advisor gets one summary of their caseload per ISO week, from Monday 7:00 in Québec: not before, never twice
 * (another run, or a new instance of the sender after a restart, finds the week's row), and again the next week. Sent
 * for real over SMTP to GreenMail.
 */
@SpringBootTest(properties = { "pignon.test.context=followup-mail", "spring.mail.host=127.0.0.1",
		"spring.mail.port=3225" })
class AdvisorSummaryMailTests {

	/** Monday 30 November 2026, 6:59 in Québec (EST, UTC-5). */
	static final Instant MONDAY_BEFORE_SEVEN = LocalDate.of(2026, 11, 30).atTime(6, 59)
		.atZone(Dates.PROGRAM_ZONE).toInstant();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3225, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@TestBean
	Clock clock;

	static Clock clock() {
		return TestClock.INSTANCE;
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	AdvisorSummaries summaries;

	FollowupFixture fixture;

	@BeforeEach
	void emptyTables() {
		fixture = new FollowupFixture(context);
		fixture.reset();
	}

	@Test
	void sendsOneSummaryPerAdvisorPerWeekFromMondaySevenOn() throws Exception {
		// given Anne follows two merchants since three weeks before, one with a meeting planned on Tuesday
		fixture.clock.set(MONDAY_BEFORE_SEVEN.minus(Duration.ofDays(20)));
		PignonUser anne = fixture.advisor("Anne Tremblay");
		List<ApplicationId> merchants = fixture.accompanied(anne, "Atelier Vélo", "Boulangerie du Parvis")
			.stream()
			.map(a -> a.id())
			.toList();
		fixture.clock.set(MONDAY_BEFORE_SEVEN);
		fixture.followup.logMeeting(merchants.get(1),
				planned(LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), 60), actor(anne));

		assertThat(summaries.sendDue(fixture.clock.instant())).as("before 7:00").isZero();
		fixture.walk(Duration.ofMinutes(2));
		assertThat(summaries.sendDue(fixture.clock.instant())).isEqualTo(1);
		assertThat(summaries.sendDue(fixture.clock.instant().plus(Duration.ofHours(5)))).as("same week").isZero();
		assertThat(context.getBean(AdvisorSummaries.class).sendDue(fixture.clock.instant().plus(Duration.ofDays(4))))
			.as("Friday, same week").isZero();

		await().atMost(Duration.ofSeconds(30)).until(() -> summariesReceived().size() == 1);
		MimeMessage mail = summariesReceived().get(0);
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(fixture.merchants.accounts.find(anne.accountId())
			.orElseThrow()
			.email());
		String body = mail.getContent().toString().replace("\r\n", "\n");
		assertThat(mail.getSubject()).contains("2 commerces");
		assertThat(body).contains("Atelier Vélo : dernier contact il y a 20 jours")
			.contains("Boulangerie du Parvis")
			.contains("Rencontres prévues cette semaine")
			.contains("mardi 1 décembre, 10h00 : Boulangerie du Parvis (Visioconférence)");

		// the next week, again once
		assertThat(summaries.sendDue(fixture.clock.instant().plus(Duration.ofDays(7)))).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> summariesReceived().size() == 2);
	}

	/** The summaries among the mails received (the staff invitations of the fixture are there too). */
	static List<MimeMessage> summariesReceived() {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getSubject().contains("semaine de suivi");
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	@Test
	void anAdvisorWithoutMerchantsGetsNothing() {
		fixture.advisor("Benoît Roy");
		fixture.clock.set(MONDAY_BEFORE_SEVEN.plus(Duration.ofHours(1)));

		assertThat(summaries.sendDue(fixture.clock.instant())).isZero();
	}

}
