package ca.pignon.webaudit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An audit job survives the instance that ran it: the database is left as an instance killed in the middle of a job
 * leaves it (the job running, db-scheduler's execution picked by a scheduler whose heartbeat stopped), and this
 * instance takes the job over and finishes it; a job found already done is not run twice.
 */
@SpringBootTest(properties = { "pignon.test.context=webaudit-jobs", "pignon.webaudit.allowed-hosts=127.0.0.1:*",
		"pignon.webaudit.jobs.heartbeat=250ms", "pignon.webaudit.jobs.missed-heartbeats=4" })
class AuditJobRecoveryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebAuditManagement audits;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	FixtureSite site;

	UUID asker;

	@BeforeEach
	void aSiteAndAnAdvisor() {
		site = FixtureSite.http("complete");
		String email = ApplicationFixture.uniqueEmail("audit");
		StaffFixture.staffMember(accounts, jdbc, email, "Équipe audit", Role.ADVISOR);
		asker = ((PignonUser) users.loadUserByUsername(email)).accountId().value();
	}

	@AfterEach
	void stopTheSite() {
		site.close();
	}

	@Test
	void finishesAJobWhoseInstanceDiedInTheMiddle() {
		// given: what a killed instance leaves behind
		UUID job = UUID.randomUUID();
		Instant started = Instant.now().minus(Duration.ofMinutes(1));
		jdbc.sql("""
				INSERT INTO webaudit_job (id, url, requested_by, state, created_at, started_at)
				VALUES (?, ?, ?, 'RUNNING', ?, ?)""")
			.params(job, site.url("/"), asker, Timestamp.from(started), Timestamp.from(started))
			.update();
		pickedByADeadInstance(job, started);
		// when: this instance's scheduler notices the silence
		await().atMost(Duration.ofSeconds(60))
			.until(() -> audits.job(job).map(AuditJob::finished).orElse(false));
		// then: the audit ran here, once, and the queue is empty
		AuditJob done = audits.job(job).orElseThrow();
		assertThat(done.state()).isEqualTo(AuditJobState.DONE);
		assertThat(audits.resultOf(done, ApplicationFixture.FRENCH).orElseThrow().checks()).hasSize(CheckIds.ALL.size());
		assertThat(site.requests()).filteredOn(seen -> seen.path().equals("/")).isNotEmpty();
		await().atMost(Duration.ofSeconds(10)).until(() -> executions(job) == 0);
	}

	@Test
	void leavesAJobFoundDoneAlone() {
		// given: the instance died after the job was done, before db-scheduler removed its execution
		UUID job = UUID.randomUUID();
		Instant started = Instant.now().minus(Duration.ofMinutes(1));
		jdbc.sql("""
				INSERT INTO webaudit_job (id, url, requested_by, state, created_at, started_at, finished_at)
				VALUES (?, ?, ?, 'DONE', ?, ?, ?)""")
			.params(job, site.url("/"), asker, Timestamp.from(started), Timestamp.from(started),
					Timestamp.from(started))
			.update();
		pickedByADeadInstance(job, started);
		// when
		await().atMost(Duration.ofSeconds(60)).until(() -> executions(job) == 0);
		// then: nothing was fetched again
		assertThat(site.requests()).isEmpty();
		assertThat(audits.job(job).orElseThrow().state()).isEqualTo(AuditJobState.DONE);
	}

	private void pickedByADeadInstance(UUID job, Instant since) {
		jdbc.sql("""
				INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
				  last_heartbeat, version)
				VALUES (?, ?, ?, true, 'killed-instance-4242', ?, 1)""")
			.params(AuditJobRunner.TASK, job.toString(), Timestamp.from(since), Timestamp.from(since))
			.update();
	}

	private int executions(UUID job) {
		return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?")
			.param(job.toString())
			.query(Integer.class)
			.single();
	}

}
