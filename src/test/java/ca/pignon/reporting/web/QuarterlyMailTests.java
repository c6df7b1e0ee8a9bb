package ca.pignon.reporting.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.PlatformTransactionManager;

import ca.pignon.followup.FollowupFixture;
import ca.pignon.followup.TestClock;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Dates;
import ca.pignon.platform.Mailer;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.support.ReceivedMails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly report reaches each enabled CITY account once at the start of a quarter, whatever runs the job again
 * (the same instance, a restarted one, the next day), and no one else. Sent for real over SMTP to GreenMail.
 */
@SpringBootTest(properties = { "pignon.test.context=reporting-mail", "spring.mail.host=127.0.0.1",
		"spring.mail.port=4325" })
class QuarterlyMailTests {

	/** 1 January 2027, 7:00 in Québec: the first day of 2027-Q1, so 2026-Q4 is due. */
	static final Instant NEW_YEAR = LocalDate.of(2027, 1, 1).atTime(7, 0).atZone(Dates.PROGRAM_ZONE).toInstant();

	static final String SUBJECT = "Rapport trimestriel du programme, T4 2026";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(4325, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@TestBean
	Clock clock;

	static Clock clock() {
		return TestClock.INSTANCE;
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	QuarterlyMail job;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	FollowupFixture fixture;

	@BeforeEach
	void emptyTables() {
		fixture = new FollowupFixture(context);
		fixture.reset();
		jdbc.sql("DELETE FROM reporting_quarterly_mail").update();
	}

	@Test
	void mailsEachCityAccountOncePerQuarterAndNoOneElse() {
		// given two City accounts, a disabled one, and staff of other roles
		PignonUser victor = fixture.merchants.staff("Victor Ville", Role.CITY);
		PignonUser camille = fixture.merchants.staff("Camille Conseil municipal", Role.CITY);
		PignonUser gone = fixture.merchants.staff("Gaston Parti", Role.CITY);
		accounts.setEnabled(gone.accountId(), false);
		PignonUser anne = fixture.advisor("Anne Tremblay");
		PignonUser manon = fixture.manager("Manon Gestion");
		List<String> city = accounts.enabledWithRole(Role.CITY).stream().map(AccountSummary::email).toList();
		assertThat(city).contains(email(victor), email(camille)).doesNotContain(email(gone));

		// when the job runs on the last day of the quarter: nothing is due yet
		TestClock.INSTANCE.set(NEW_YEAR.minus(Duration.ofDays(1)));
		assertThat(job.sendDue()).isZero();

		// then twice on the first day, once more by a restarted instance, and the next day
		TestClock.INSTANCE.set(NEW_YEAR);
		assertThat(job.sendDue()).isEqualTo(city.size());
		assertThat(job.sendDue()).as("a second run the same day").isZero();
		assertThat(restarted().sendDue()).as("after a restart").isZero();
		TestClock.INSTANCE.set(NEW_YEAR.plus(Duration.ofDays(1)));
		assertThat(job.sendDue()).as("the next day").isZero();

		// one mail queued per City account, each received once, with the link to the quarter's PDF
		assertThat(jdbc.sql("SELECT recipient FROM platform_mail WHERE subject = :subject")
			.param("subject", SUBJECT)
			.query(String.class)
			.list()).containsExactlyInAnyOrderElementsOf(city);
		for (PignonUser person : List.of(victor, camille)) {
			List<MimeMessage> received = ReceivedMails.await(smtp, email(person), SUBJECT, 1);
			assertThat(received).hasSize(1);
			assertThat(ReceivedMails.body(received.get(0))).contains("Bonjour " + person.displayName())
				.contains("/reports/quarterly.pdf?quarter=2026-Q4\n")
				.contains("/reports/quarterly.pdf?quarter=2026-Q4&language=en");
		}
		for (PignonUser other : List.of(gone, anne, manon)) {
			assertThat(ReceivedMails.to(smtp, email(other), SUBJECT)).as(other.displayName()).isEmpty();
		}

		// and the next quarter, once again
		TestClock.INSTANCE.set(LocalDate.of(2027, 4, 1).atTime(7, 0).atZone(Dates.PROGRAM_ZONE).toInstant());
		assertThat(job.sendDue()).isEqualTo(city.size());
		assertThat(job.sendDue()).isZero();
		ReceivedMails.await(smtp, email(victor), "T1 2027", 1);
	}

	/** A new instance of the job, as after a restart: only the database remembers what was sent. */
	QuarterlyMail restarted() {
		return new QuarterlyMail(accounts, context.getBean(Mailer.class), context.getBean(MessageSource.class), jdbc,
				context.getBean(PlatformTransactionManager.class), TestClock.INSTANCE, ZoneId.of("America/Toronto"));
	}

	String email(PignonUser user) {
		return accounts.find(user.accountId()).orElseThrow().email();
	}

}
