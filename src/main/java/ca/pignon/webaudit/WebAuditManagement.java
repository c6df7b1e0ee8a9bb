package ca.pignon.webaudit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ca.pignon.platform.People;
import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.OnlinePresence;
import ca.pignon.shared.AccountId;
import ca.pignon.webaudit.internal.AuditJobs;
import ca.pignon.webaudit.internal.AuditSubject;
import ca.pignon.webaudit.internal.Auditor;
import ca.pignon.webaudit.internal.StoredRun;
import ca.pignon.webaudit.internal.Translator;
import ca.pignon.webaudit.internal.WebAuditRuns;
import ca.pignon.webaudit.internal.WebAuditSettings;

/**
 * The web-presence audit: of any address (the API, nothing stored) or of an application's website and social profiles
 * (stored, with who ran it, and compared with the previous run). Audits fetch untrusted sites under strict rules (see
 * docs/webaudit.md); at most {@code pignon.webaudit.concurrency} run at once.
 */
@Service
public class WebAuditManagement {

	private static final Logger log = LoggerFactory.getLogger(WebAuditManagement.class);

	/** Runs kept on the page: enough to see the progress of an accompaniment. */
	static final int HISTORY = 20;

	private final Auditor auditor;

	private final WebAuditRuns runs;

	private final Translator translator;

	private final IntakeManagement intake;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	private final Semaphore places;

	private final WebAuditSettings settings;

	private final People people;

	private final AuditJobs jobs;

	private final AuditJobRunner runner;

	WebAuditManagement(Auditor auditor, WebAuditRuns runs, Translator translator, IntakeManagement intake,
			ApplicationEventPublisher events, TransactionTemplate transactions, java.time.Clock clock,
			WebAuditSettings settings, People people, AuditJobs jobs, AuditJobRunner runner) {
		this.people = people;
		this.jobs = jobs;
		this.runner = runner;
		this.auditor = auditor;
		this.runs = runs;
		this.translator = translator;
		this.intake = intake;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = settings;
		this.places = new Semaphore(Math.max(1, settings.concurrency()), true);
	}

	/**
	 * Audits an address without storing anything.
	 * @throws WebAuditRefused when the address is malformed or may not be fetched (its message key says why)
	 */
	public WebAudit audit(String url, Locale locale) {
		Auditor.Outcome outcome = run(url, AuditSubject.none());
		return translate(new WebAuditId(UUID.randomUUID()), outcome.url(), outcome.finalUrl(), now(),
				outcome.findings(), locale);
	}

	/**
	 * Audits the application's website, compares the site with its registered address, phone and social profiles, and
	 * stores the run; publishes {@link WebAuditCompleted}. Runs in the caller's thread: the staff page starts a job
	 * instead ({@link #startApplicationAudit}).
	 * @throws WebAuditRefused when the application gives no website, or one that may not be fetched
	 */
	public WebAudit auditApplication(ApplicationId applicationId, Actor actor, Locale locale) {
		return auditAndStore(applicationId, actor, locale, null);
	}

	/**
	 * Starts an audit of the application's website as a job, run by whichever instance has a place, that survives the
	 * restart of this one; answers the job already waiting or running for this application, if any (a second click
	 * starts nothing more).
	 * @throws WebAuditRefused at once when the application gives no website, or one that may not be fetched
	 */
	public AuditJob startApplicationAudit(ApplicationId applicationId, Actor actor, Locale locale) {
		ApplicationDetails application = intake.application(applicationId, locale);
		String website = requireWebsite(application);
		Optional<AuditJob> pending = jobs.latestOf(applicationId.value()).filter(job -> !job.finished());
		if (pending.isPresent()) {
			return pending.get();
		}
		auditor.vetted(website);
		try {
			return enqueue(applicationId, website, actor.accountId());
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// another click, or another instance, queued one in the meantime (one pending job per application)
			return jobs.latestOf(applicationId.value()).orElseThrow();
		}
	}

	/**
	 * Starts an audit of any address as a job (the API's asynchronous answer); its result is kept
	 * {@code pignon.webaudit.jobs.keep-finished} after it ends, for the person who asked.
	 * @throws WebAuditRefused at once when the address is missing, malformed or may not be fetched
	 */
	public AuditJob startAudit(@Nullable String url, AccountId by) {
		if (url == null || url.isBlank()) {
			throw new WebAuditRefused("webaudit.refused.missing");
		}
		auditor.vetted(url);
		return enqueue(null, url, by);
	}

	public Optional<AuditJob> job(UUID id) {
		return jobs.find(id);
	}

	/** The application's latest job, to show on its page while it runs, or why it could not. */
	public Optional<AuditJob> latestJobOf(ApplicationId applicationId) {
		return jobs.latestOf(applicationId.value());
	}

	/** The audit a finished job produced. */
	public Optional<WebAudit> resultOf(AuditJob job, Locale locale) {
		return Optional.ofNullable(job.run())
			.flatMap(run -> runs.find(run.value()))
			.map(run -> translate(new WebAuditId(run.id()), run.url(), run.finalUrl(), run.fetchedAt(), run.findings(),
					locale));
	}

	private AuditJob enqueue(@Nullable ApplicationId application, String url, @Nullable AccountId by) {
		if (by == null) {
			// jobs are asked for by people (staff on a page, an integration by its token): the rules start none
			throw new IllegalArgumentException("an audit job needs the account that asks for it");
		}
		UUID id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			jobs.add(id, application == null ? null : application.value(), url, by.value(), now());
			runner.enqueue(id);
		});
		return jobs.find(id).orElseThrow();
	}

	/**
	 * Runs one job, on the instance db-scheduler gave it to; run again on another instance when this one dies, so a
	 * job found finished is left alone. A refusal or a failure is kept on the job for the person who asked.
	 */
	void runJob(UUID id) {
		Optional<AuditJob> found = jobs.find(id);
		if (found.isEmpty() || !jobs.start(id, now())) {
			return;
		}
		AuditJob job = found.get();
		try {
			if (job.application() != null) {
				auditAndStore(job.application(), Actor.of(job.requestedBy()), Locale.FRENCH, id);
			}
			else {
				Auditor.Outcome outcome = auditor.audit(job.url(), AuditSubject.none());
				StoredRun stored = new StoredRun(UUID.randomUUID(), null, outcome.url(), outcome.finalUrl(), now(),
						job.requestedBy().value(), null, outcome.findings());
				transactions.executeWithoutResult(status -> {
					runs.save(stored);
					jobs.done(id, stored.id(), now());
				});
			}
		}
		catch (WebAuditRefused ex) {
			jobs.refused(id, ex.messageKey(), Arrays.stream(ex.arguments()).map(String::valueOf).toList(), now());
		}
		catch (RuntimeException ex) {
			log.warn("Web audit job {} failed", id, ex);
			jobs.refused(id, "webaudit.refused.failed", List.of(), now());
		}
	}

	/** Audits and stores the run, and marks the job done in the same transaction when there is one. */
	private WebAudit auditAndStore(ApplicationId applicationId, Actor actor, Locale locale, @Nullable UUID job) {
		ApplicationDetails application = intake.application(applicationId, locale);
		String website = requireWebsite(application);
		// a job already holds one of the job threads (pignon.webaudit.concurrency per instance): it never waits for a
		// place of the synchronous calls, nor is refused as busy, which would defeat the queue
		Auditor.Outcome outcome = job != null ? auditor.audit(website, subject(application))
				: run(website, subject(application));
		var id = new WebAuditId(UUID.randomUUID());
		var at = now();
		AccountId by = actor.accountId();
		StoredRun stored = new StoredRun(id.value(), applicationId.value(), outcome.url(), outcome.finalUrl(), at,
				by == null ? null : by.value(), null, outcome.findings());
		transactions.executeWithoutResult(status -> {
			runs.save(stored);
			if (job != null) {
				jobs.done(job, id.value(), at);
			}
			events.publishEvent(new WebAuditCompleted(applicationId, id, at));
		});
		return translate(id, outcome.url(), outcome.finalUrl(), at, outcome.findings(), locale);
	}

	/** The website the application gives, as the merchant wrote it. */
	public Optional<String> websiteOf(ApplicationId applicationId, Locale locale) {
		return websiteOf(intake.application(applicationId, locale));
	}

	public Optional<WebAudit> latestFor(ApplicationId applicationId, Locale locale) {
		return runsOf(applicationId, locale).stream().findFirst().map(WebAuditRun::audit);
	}

	/** The application's audits, newest first (the last {@value #HISTORY}). */
	public List<WebAudit> historyOf(ApplicationId applicationId, Locale locale) {
		return runsOf(applicationId, locale).stream().map(WebAuditRun::audit).toList();
	}

	/** The application's runs with who ran them, newest first. */
	public List<WebAuditRun> runsOf(ApplicationId applicationId, Locale locale) {
		List<StoredRun> stored = runs.of(applicationId.value(), HISTORY);
		Map<AccountId, String> names = people.namesOf(stored.stream()
			.filter(run -> run.runBy() != null)
			.map(run -> new AccountId(run.runBy()))
			.toList(), locale);
		return stored.stream()
			.map(run -> new WebAuditRun(
					translate(new WebAuditId(run.id()), run.url(), run.finalUrl(), run.fetchedAt(), run.findings(),
							locale),
					run.runBy() == null ? null : new AccountId(run.runBy()),
					// who ran it, looked up now; a legacy name from before only accounts were kept
					run.runBy() != null ? names.get(new AccountId(run.runBy()))
							: run.runByName() != null ? run.runByName() : people.nameOf(Actor.RULES, locale)))
			.toList();
	}

	/** What changed between the latest run and the one before; empty with fewer than two runs. */
	public Optional<WebAuditComparison> changesSinceLast(ApplicationId applicationId, Locale locale) {
		List<WebAudit> history = historyOf(applicationId, locale);
		return history.size() < 2 ? Optional.empty() : Optional.of(compare(history.get(0), history.get(1)));
	}

	/** The checks whose status differs between two runs, in the order of the current run. */
	public static WebAuditComparison compare(WebAudit current, WebAudit previous) {
		Map<String, CheckStatus> before = new HashMap<>();
		previous.checks().forEach(check -> before.put(check.id(), check.status()));
		List<CheckChange> changes = new ArrayList<>();
		for (AuditCheck check : current.checks()) {
			@Nullable CheckStatus was = before.get(check.id());
			if (was != check.status()) {
				changes.add(new CheckChange(check.id(), was, check.status()));
			}
		}
		return new WebAuditComparison(current, previous, changes);
	}

	/** To the microsecond, as the database keeps it: a run reads back equal to the one returned. */
	private java.time.Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private Auditor.Outcome run(String url, AuditSubject subject) {
		boolean acquired;
		try {
			acquired = places.tryAcquire(settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WebAuditRefused("webaudit.refused.busy");
		}
		if (!acquired) {
			throw new WebAuditRefused("webaudit.refused.busy");
		}
		try {
			return auditor.audit(url, subject);
		}
		finally {
			places.release();
		}
	}

	private WebAudit translate(WebAuditId id, String url, String finalUrl, java.time.Instant at,
			List<ca.pignon.webaudit.internal.Finding> findings, Locale locale) {
		return new WebAudit(id, url, finalUrl, at,
				findings.stream().map(finding -> translator.check(finding, locale)).toList());
	}

	/** The website to audit, or the refusal a page or the API shows when the application gives none. */
	private static String requireWebsite(ApplicationDetails application) {
		return websiteOf(application).orElseThrow(() -> new WebAuditRefused("webaudit.refused.noWebsite"));
	}

	private static Optional<String> websiteOf(ApplicationDetails application) {
		OnlinePresence online = application.online();
		return online == null || online.website() == null || online.website().isBlank() ? Optional.empty()
				: Optional.of(online.website());
	}

	private static AuditSubject subject(ApplicationDetails application) {
		List<String> profiles = new ArrayList<>();
		OnlinePresence online = application.online();
		if (online != null) {
			addProfile(profiles, online.facebook(), "facebook.com/");
			addProfile(profiles, online.instagram(), "instagram.com/");
			if (online.otherLinks() != null) {
				for (String link : online.otherLinks().split("[\\s,;]+")) {
					if (link.contains(".")) {
						profiles.add(link);
					}
				}
			}
		}
		var storefront = application.storefront();
		var contact = application.contact();
		return new AuditSubject(storefront == null ? null : storefront.civicNumber(),
				storefront == null ? null : storefront.street(), contact == null ? null : contact.phone(), profiles);
	}

	/** A bare handle ("@boulangerie" or "boulangerie") names a profile on the network of its field. */
	private static void addProfile(List<String> profiles, @Nullable String written, String network) {
		if (written == null || written.isBlank()) {
			return;
		}
		String text = written.strip();
		profiles.add(text.contains(".") ? text : network + (text.startsWith("@") ? text.substring(1) : text));
	}

}
