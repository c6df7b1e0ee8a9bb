package ca.pignon.progress;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.conversation.ConversationManagement;
import ca.pignon.conversation.ConversationRefused;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.followup.PlanAction;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.People;
import ca.pignon.progress.internal.ReminderDigests;
import ca.pignon.progress.internal.TaskRow;
import ca.pignon.progress.internal.Tasks;
import ca.pignon.shared.AccountId;
import ca.pignon.uploads.StoredUpload;
import ca.pignon.uploads.UploadManagement;
import ca.pignon.uploads.UploadRefused;
import ca.pignon.uploads.UploadedFile;

/**
 * Carrying out the approved plan: its tasks as "Mon plan" shows them, marking them done with evidence, comments and
 * requests for help, the reminders' rhythm. Who may call what is the pages' business (the merchant their own dossier,
 * an advisor their caseload); every value is checked here.
 */
@Service
@Transactional
public class ProgressManagement {

	static final int MAX_NOTE = 1000;

	static final int MAX_COMMENT = 2000;

	static final int MAX_URL = 500;

	private static final ZoneId PROGRAM_ZONE = ZoneId.of("America/Toronto");

	private final Tasks tasks;

	private final UploadManagement uploads;

	private final ReminderDigests digests;

	private final ApplicationEventPublisher events;

	private final FollowupManagement followup;

	private final Clock clock;

	private final People people;

	private final ConversationManagement conversations;

	ProgressManagement(Tasks tasks, UploadManagement uploads, ReminderDigests digests,
			ApplicationEventPublisher events, FollowupManagement followup, Clock clock, People people,
			ConversationManagement conversations) {
		this.people = people;
		this.conversations = conversations;
		this.followup = followup;
		this.tasks = tasks;
		this.uploads = uploads;
		this.digests = digests;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The plan of this merchant was approved: its actions become the tasks to carry out. A later approved version
	 * updates them; what was already done stays done.
	 */
	public void planApproved(ApplicationId application, AccountId merchant, int planVersion,
			List<PlannedAction> actions) {
		tasks.follow(application.value(), merchant.value(), planVersion, actions);
		tellFollowup(application);
	}

	/** "Mon plan", or empty while no plan was approved. */
	@Transactional(readOnly = true)
	public Optional<MyPlan> planOf(ApplicationId application, Locale locale) {
		List<TaskRow> rows = tasks.inPlan(application.value());
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<Task> all = tasks(application, rows, locale);
		List<Task> late = new ArrayList<>();
		List<Task> thisMonth = new ArrayList<>();
		List<Task> later = new ArrayList<>();
		List<Task> done = new ArrayList<>();
		for (Task task : all) {
			switch (task.status()) {
				case LATE -> late.add(task);
				case THIS_MONTH -> thisMonth.add(task);
				case LATER -> later.add(task);
				case DONE -> done.add(task);
			}
		}
		Task next = !late.isEmpty() ? late.get(0) : !thisMonth.isEmpty() ? thisMonth.get(0)
				: later.isEmpty() ? null : later.get(0);
		BigDecimal hoursDone = done.stream().map(Task::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal hoursPlanned = all.stream().map(Task::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		done.sort((a, b) -> b.doneAt().compareTo(a.doneAt()));
		return Optional.of(new MyPlan(rows.get(0).planVersion(), next, late, thisMonth, later, done, hoursDone,
				hoursPlanned));
	}

	@Transactional(readOnly = true)
	public Task task(ApplicationId application, String key, Locale locale) {
		TaskRow row = tasks.find(application.value(), key).filter(TaskRow::inPlan).orElseThrow(NotFound::new);
		return tasks(application, List.of(row), locale).get(0);
	}

	/**
	 * Marks the task done, with what shows it: a link, a file (a photo or a PDF), a note; each is optional, the
	 * action's indicator says what would show it best.
	 *
	 * @throws ProgressRefused for a bad link or note, a refused file (nothing is then kept), or a task changed since
	 * {@code expectedVersion}
	 */
	public Task markDone(ApplicationId application, String key, @Nullable String evidenceUrl, @Nullable String note,
			@Nullable UploadedFile file, PignonUser by, long expectedVersion, Locale locale) {
		TaskRow row = tasks.find(application.value(), key).filter(TaskRow::inPlan).orElseThrow(NotFound::new);
		String url = evidenceUrl(evidenceUrl);
		String cleanNote = text(note, MAX_NOTE, "note");
		if (row.version() != expectedVersion) {
			throw stale(row);
		}
		Instant now = clock.instant();
		if (file != null) {
			try {
				StoredUpload stored = uploads.store(application, file, by);
				tasks.addEvidence(stored.id().value(), application.value(), key, now);
			}
			catch (UploadRefused refused) {
				throw new ProgressRefused("file", refused.messageKey(), refused.arguments().toArray());
			}
		}
		if (!tasks.markDone(application.value(), key, expectedVersion, now, by.accountId().value(), url,
				cleanNote)) {
			throw stale(tasks.find(application.value(), key).orElseThrow());
		}
		events.publishEvent(new ActionDone(application, key, now));
		tellFollowup(application);
		return task(application, key, locale);
	}

	/**
	 * A provider delivered the work of this action and the merchant said it is done: the task is marked done with the
	 * delivered work as evidence, unless it was already (nothing then changes; a repeated event is harmless).
	 *
	 * @return whether the task was marked done now
	 */
	public boolean doneByDelivery(ApplicationId application, String key, @Nullable String evidenceUrl, String note,
			AccountId merchant) {
		TaskRow row = tasks.find(application.value(), key).filter(TaskRow::inPlan).orElse(null);
		if (row == null || row.doneAt() != null) {
			return false;
		}
		Instant now = clock.instant();
		String url = evidenceUrl == null || evidenceUrl.length() > MAX_URL ? null : evidenceUrl;
		String cleanNote = note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note;
		if (!tasks.markDone(application.value(), key, row.version(), now, merchant.value(), url, cleanNote)) {
			return false;
		}
		events.publishEvent(new ActionDone(application, key, now));
		tellFollowup(application);
		return true;
	}

	/** The task was not quite done after all: it goes back to the list, its evidence stays. */
	public Task reopen(ApplicationId application, String key, long expectedVersion, Locale locale) {
		TaskRow row = tasks.find(application.value(), key).filter(TaskRow::inPlan).orElseThrow(NotFound::new);
		if (!tasks.reopen(application.value(), key, expectedVersion)) {
			throw stale(row);
		}
		tellFollowup(application);
		return task(application, key, locale);
	}

	/** A comment on the task, or, with {@code help}, a request for help that the advisor is told about. */
	public void comment(ApplicationId application, String key, @Nullable String body, boolean help, PignonUser by) {
		TaskRow task = tasks.find(application.value(), key).filter(TaskRow::inPlan).orElseThrow(NotFound::new);
		String text = text(body, MAX_COMMENT, "body");
		if (text == null) {
			throw new ProgressRefused("body", help ? "progress.refused.helpEmpty" : "progress.refused.commentEmpty");
		}
		Instant now = clock.instant();
		if (help && by.role().isStaff()) {
			// only the merchant asks for help; the page offers it to no one else, and a forged form is refused in words
			throw new ProgressRefused("body", "progress.refused.helpMerchantsOnly");
		}
		if (help) {
			// a request for help is a message of the dossier's conversation, mailed to the advisor from there
			try {
				conversations.write(application, text, key, task.titleFr(), by);
			}
			catch (ConversationRefused refused) {
				throw new ProgressRefused("body", refused.messageKey(), refused.getArguments());
			}
			events.publishEvent(new HelpRequested(application, key, text, now));
			return;
		}
		tasks.comment(application.value(), key, "COMMENT", by.accountId().value(), by.role().isStaff(), text, now);
	}

	@Transactional(readOnly = true)
	public ReminderRhythm rhythmOf(ApplicationId application) {
		return digests.rhythmOf(application.value());
	}

	public void chooseRhythm(ApplicationId application, ReminderRhythm rhythm) {
		digests.choose(application.value(), rhythm, clock.instant());
	}

	/**
	 * Sends the digests due at {@code now}, each once per merchant and period however often this runs.
	 *
	 * @return how many were queued
	 */
	public int sendReminderDigests(Instant now) {
		return digests.sendDue(now);
	}

	/** Late tasks (their month is over, not done) of each of these applications; absent means none. */
	@Transactional(readOnly = true)
	public Map<ApplicationId, Integer> lateTasks(Collection<ApplicationId> applications) {
		LocalDate today = LocalDate.now(clock.withZone(PROGRAM_ZONE));
		return tasks.lateCounts(applications.stream().map(ApplicationId::value).collect(Collectors.toSet()), today)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> new ApplicationId(entry.getKey()), Map.Entry::getValue));
	}

	/** The months tasks are due in, for the merchant's calendar: one entry per task not done. */
	@Transactional(readOnly = true)
	public List<Task> openTasks(ApplicationId application, Locale locale) {
		return planOf(application, locale).map(plan -> {
			List<Task> open = new ArrayList<>(plan.late());
			open.addAll(plan.thisMonth());
			open.addAll(plan.later());
			return open;
		}).orElse(List.of());
	}

	private List<Task> tasks(ApplicationId application, List<TaskRow> rows, Locale locale) {
		Map<String, List<UUID>> evidenceIds = tasks.evidenceOf(application.value());
		Map<UUID, StoredUpload> files = evidenceIds.isEmpty() ? Map.of()
				: uploads.uploadsOf(application)
					.stream()
					.collect(Collectors.toMap(upload -> upload.id().value(), upload -> upload));
		Map<String, List<TaskComment>> comments = new HashMap<>(tasks.commentsOf(application.value()));
		// the requests for help live in the dossier's conversation: shown on their action among its comments
		conversations.helpRequests(application).forEach((key, messages) -> {
			List<TaskComment> merged = new ArrayList<>(comments.getOrDefault(key, List.of()));
			messages.forEach(message -> merged.add(new TaskComment("HELP", message.authorName(), message.byStaff(),
					message.body(), message.at())));
			merged.sort(Comparator.comparing(TaskComment::at));
			comments.put(key, merged);
		});
		Map<AccountId, String> doers = people.namesOf(
				rows.stream().filter(row -> row.doneBy() != null).map(row -> new AccountId(row.doneBy())).toList());
		YearMonth current = YearMonth.now(clock.withZone(PROGRAM_ZONE));
		boolean french = !"en".equals(locale.getLanguage());
		return rows.stream().map(row -> {
			TaskStatus status = row.doneAt() != null ? TaskStatus.DONE
					: row.dueMonth().isBefore(current) ? TaskStatus.LATE
							: row.dueMonth().equals(current) ? TaskStatus.THIS_MONTH : TaskStatus.LATER;
			List<StoredUpload> evidence = evidenceIds.getOrDefault(row.actionKey(), List.of())
				.stream()
				.map(files::get)
				.filter(Objects::nonNull)
				.toList();
			return new Task(row.actionKey(), french ? row.titleFr() : row.titleEn(), row.dueMonth(), row.hours(),
					row.who(), status, row.doneAt(), doneBy(row, doers), row.evidenceUrl(), row.doneNote(), evidence,
					comments.getOrDefault(row.actionKey(), List.of()), row.version());
		}).toList();
	}

	/** The advisors' dashboard and the merchant's calendar count late actions and show due dates from this. */
	private void tellFollowup(ApplicationId application) {
		followup.recordPlanActions(application,
				tasks.inPlan(application.value())
					.stream()
					.map(row -> new PlanAction(row.actionKey(), row.titleFr(), row.dueMonth(), row.doneAt() != null))
					.toList());
	}

	/** Who marked it done, looked up now; a legacy name from before only accounts were kept. */
	private static @Nullable String doneBy(TaskRow row, Map<AccountId, String> names) {
		return row.doneBy() != null ? names.get(new AccountId(row.doneBy())) : row.doneByLegacyName();
	}

	private ProgressRefused stale(TaskRow current) {
		return current.doneAt() != null
				? new ProgressRefused(null, "progress.refused.staleDone",
						String.valueOf(doneBy(current, people.namesOf(current.doneBy() == null ? List.of()
								: List.of(new AccountId(current.doneBy()))))))
				: new ProgressRefused(null, "progress.refused.staleReopened");
	}

	/** A link as merchants type it: "www.exemple.ca" is read as https://www.exemple.ca. */
	static @Nullable String evidenceUrl(@Nullable String typed) {
		String url = typed == null ? "" : typed.strip();
		if (url.isEmpty()) {
			return null;
		}
		if (url.length() > MAX_URL) {
			throw new ProgressRefused("evidenceUrl", "progress.refused.urlTooLong", MAX_URL);
		}
		if (!url.contains("://")) {
			url = "https://" + url;
		}
		try {
			URI uri = new URI(url);
			if (!Set.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))
					|| uri.getHost() == null || !uri.getHost().contains(".")) {
				throw new ProgressRefused("evidenceUrl", "progress.refused.url");
			}
			return uri.toString();
		}
		catch (URISyntaxException ex) {
			throw new ProgressRefused("evidenceUrl", "progress.refused.url");
		}
	}

	private static @Nullable String text(@Nullable String typed, int max, String field) {
		String text = typed == null ? "" : typed.strip();
		if (text.length() > max) {
			throw new ProgressRefused(field, "progress.refused.tooLong", max);
		}
		return text.isEmpty() ? null : text;
	}

}
