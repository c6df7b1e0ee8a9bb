package ca.pignon.webaudit;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

import ca.pignon.webaudit.internal.AuditJobSettings;
import ca.pignon.webaudit.internal.WebAuditSettings;

/**
 * Runs audit jobs with db-scheduler on the program's PostgreSQL: a job is picked by one instance only, and when that
 * instance dies (its heartbeat stops), another one runs the job again (docs/decisions/0013).
 */
@Component
class AuditJobRunner implements SmartLifecycle {

	static final String TASK = "webaudit-job";

	private final OneTimeTask<Void> task;

	private final DataSource dataSource;

	private final AuditJobSettings jobs;

	private final int threads;

	private final SchedulerClient client;

	private volatile @Nullable Scheduler scheduler;

	AuditJobRunner(DataSource dataSource, AuditJobSettings jobs, WebAuditSettings audits,
			ObjectProvider<WebAuditManagement> management) {
		this.task = Tasks.oneTime(TASK)
			.execute((instance, context) -> management.getObject().runJob(UUID.fromString(instance.getId())));
		// scheduling joins the caller's transaction: a job is in the queue exactly when its row is
		this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
		this.jobs = jobs;
		this.threads = Math.max(1, audits.concurrency());
		this.client = SchedulerClient.Builder.create(this.dataSource, task).build();
	}

	/** Puts the job in the queue, in the caller's transaction; it runs as soon as an instance has a place. */
	void enqueue(UUID job) {
		// db-scheduler's own time, not the program's clock (which tests may set elsewhere in time): run it now
		client.schedule(task.instance(job.toString()), Instant.now());
	}

	/** A new scheduler at each start: a stopped one cannot start again (a paused test context is started again). */
	@Override
	public synchronized void start() {
		Scheduler started = Scheduler.create(dataSource, task)
			// two instances on one machine share a host name: the process id tells them apart in scheduled_tasks
			.schedulerName(new SchedulerName.Fixed(
					new SchedulerName.Hostname().getName() + "-" + ProcessHandle.current().pid()))
			.threads(threads)
			.pollingInterval(jobs.polling())
			.heartbeatInterval(jobs.heartbeat())
			.missedHeartbeatsLimit(jobs.missedHeartbeats())
			.enableImmediateExecution()
			// a job cut by a stop is left picked: another instance, or this one started again, revives it
			.shutdownMaxWait(Duration.ofSeconds(2))
			.build();
		started.start();
		scheduler = started;
	}

	@Override
	public synchronized void stop() {
		Scheduler running = scheduler;
		scheduler = null;
		if (running != null) {
			running.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
