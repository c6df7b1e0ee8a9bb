package ca.pignon.followup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.Dates;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.content.ContentActivity;
import ca.pignon.content.FeedPost;
import ca.pignon.content.PostStatus;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.followup.internal.Caseloads;
import ca.pignon.followup.internal.Closings;
import ca.pignon.followup.internal.DossierStore;
import ca.pignon.followup.internal.FollowupLog;
import ca.pignon.followup.internal.IcsWriter;
import ca.pignon.followup.internal.MeetingRules;
import ca.pignon.followup.internal.MeetingStore;
import ca.pignon.followup.internal.MerchantMails;
import ca.pignon.followup.internal.PlanActions;
import ca.pignon.followup.internal.Surveys;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.NotFound;
import ca.pignon.shared.AccountId;

/**
 * The follow-up of retained merchants, the module's whole API: meetings and hours, the caseload dashboard, the
 * merchant's calendar and the plan actions it is told about. Every write is checked here ({@link FollowupRefused}
 * with message keys) and edits name the version they started from ({@link MeetingConflict}).
 * <p>
 * Access (who may see which dossier) is the dossier module's one rule, asked by the web layer.
 */
@Service
@Transactional
public class FollowupManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DossierStore store;

	private final DossierManagement dossiers;

	private final MeetingStore meetings;

	private final MeetingRules rules;

	private final Caseloads caseloads;

	private final PlanActions planActions;

	private final FollowupLog log;

	private final Closings closings;

	private final Surveys surveys;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MerchantMails merchantMails;

	private final ContentActivity content;

	FollowupManagement(DossierStore store, DossierManagement dossiers, MeetingStore meetings, MeetingRules rules,
			Caseloads caseloads, PlanActions planActions, FollowupLog log, Closings closings, Surveys surveys,
			AccountManagement accounts, MessageSource messages, ApplicationEventPublisher events, Clock clock,
			MerchantMails merchantMails, ContentActivity content) {
		this.merchantMails = merchantMails;
		this.content = content;
		this.store = store;
		this.dossiers = dossiers;
		this.meetings = meetings;
		this.rules = rules;
		this.caseloads = caseloads;
		this.planActions = planActions;
		this.log = log;
		this.closings = closings;
		this.surveys = surveys;
		this.accounts = accounts;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	// --- dossiers --------------------------------------------------------------------------------------------------

	/**
	 * The merchant's accompaniment: the dossier's facts (the dossier module's) with the follow-up's own. A merchant never
	 * retained has none; a merchant no longer retained keeps theirs, readable, when the follow-up wrote something.
	 * @throws NotFound when the merchant has no follow-up
	 */
	@Transactional(readOnly = true)
	public Dossier dossier(ApplicationId application) {
		return dossiers.find(application).filter(this::followed).map(store::of).orElseThrow(NotFound::new);
	}

	/** The merchant's own accompaniment, if they have one. */
	@Transactional(readOnly = true)
	public Optional<Dossier> dossierOf(AccountId merchant) {
		return dossiers.ofMerchant(merchant).filter(this::followed).map(store::of);
	}

	private boolean followed(ca.pignon.dossier.Dossier dossier) {
		return dossier.advisor() != null || store.exists(dossier.applicationId());
	}

	/** The advisor's caseload, or the whole program's ({@code advisor} null), the most urgent first. */
	@Transactional(readOnly = true)
	public CaseloadPage caseload(@Nullable AccountId advisor, int page, int size) {
		return caseloads.page(advisor, clock.instant(), Math.max(0, page), Math.max(1, Math.min(size, 200)));
	}

	@Transactional(readOnly = true)
	public List<FollowupEvent> timelineOf(ApplicationId application) {
		return log.of(application);
	}

	// --- meetings --------------------------------------------------------------------------------------------------

	/** The dossier's meetings, the latest first. */
	@Transactional(readOnly = true)
	public List<Meeting> meetingsOf(ApplicationId application) {
		return meetings.of(application);
	}

	/** @throws NotFound for an unknown meeting */
	@Transactional(readOnly = true)
	public Meeting meeting(MeetingId id) {
		return meetings.find(id).orElseThrow(NotFound::new);
	}

	/** Records a meeting held or planned; a held one adds its minutes to the hours used. */
	public MeetingId logMeeting(ApplicationId application, MeetingDetails details, Actor by) {
		Dossier dossier = dossier(application);
		Instant now = clock.instant();
		refuseWhenClosed(dossier);
		refuseWhenInvalid(rules.check(details, now, null));
		MeetingId id = new MeetingId(UUID.randomUUID());
		// the first meeting of an accompaniment makes the follow-up's row its meetings point to
		store.ensure(application);
		meetings.insert(id, application, details, now, by);
		logged(application, id, details, now, by, "followup.log.meetingLogged");
		merchantMails.meeting(dossier, details, null);
		return id;
	}

	/**
	 * Changes a meeting (a planned one becomes held by setting its status).
	 * @throws MeetingConflict when someone saved it since {@code expectedVersion}: nothing is written
	 */
	public void editMeeting(MeetingId id, MeetingDetails details, long expectedVersion, Actor by) {
		Meeting stored = meeting(id);
		Instant now = clock.instant();
		refuseWhenClosed(dossier(stored.applicationId()));
		refuseWhenInvalid(rules.check(details, now, stored.details()));
		if (!meetings.update(id, details, expectedVersion, now, by)) {
			throw new MeetingConflict(meeting(id));
		}
		logged(stored.applicationId(), id, details, now, by, "followup.log.meetingEdited");
		merchantMails.meeting(dossier(stored.applicationId()), details, stored.details());
	}

	private void logged(ApplicationId application, MeetingId id, MeetingDetails details, Instant now, Actor by,
			String what) {
		int used = store.refreshTotals(application);
		log.write(application, now, by, what, null);
		events.publishEvent(new MeetingLogged(application, id, details.status(), details.date(),
				details.durationMinutes(), used));
	}

	private static void refuseWhenClosed(Dossier dossier) {
		if (dossier.closed()) {
			throw new FollowupRefused("followup.refused.closed");
		}
	}

	private static void refuseWhenInvalid(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new FollowupRefused(problems);
		}
	}

	// --- plan actions (seam) ---------------------------------------------------------------------------------------

	/**
	 * What the approved plan says the merchant has to do, each with its due month and whether it is done: replaces
	 * what was known. The plan module's events call it (see docs/followup.md); the dashboard counts the overdue ones
	 * and the calendar shows their due dates.
	 */
	public void recordPlanActions(ApplicationId application, List<PlanAction> actions) {
		planActions.replace(application, actions);
	}

	// --- calendar --------------------------------------------------------------------------------------------------

	/** The merchant's calendar: meetings with a time, and the due dates of plan actions not done yet. */
	@Transactional(readOnly = true)
	public List<CalendarEntry> calendarOf(ApplicationId application, Locale locale) {
		Dossier dossier = dossier(application);
		String advisor = dossier.advisor() == null ? ""
				: accounts.find(dossier.advisor()).map(AccountSummary::displayName).orElse("");
		List<CalendarEntry> entries = new ArrayList<>();
		for (Meeting meeting : meetings.of(application)) {
			if (meeting.startsAt() == null) {
				continue;
			}
			MeetingDetails details = meeting.details();
			String mode = messages.getMessage("followup.MeetingMode." + details.mode(), null, locale);
			String summary = messages.getMessage("followup.calendar.meeting", new Object[] { advisor, mode }, locale);
			String description = String.join("\n\n", List.of(details.topics(), details.nextSteps())
				.stream()
				.filter(text -> !text.isEmpty())
				.toList());
			entries.add(CalendarEntry.timed("followup-meeting-" + meeting.id() + "@pignon", summary, description,
					details.place(), meeting.startsAt(),
					meeting.startsAt().plus(Duration.ofMinutes(details.durationMinutes())), meeting.updatedAt(),
					meeting.version()));
		}
		for (PlanAction action : planActions.of(application)) {
			if (!action.done()) {
				entries.add(CalendarEntry.allDay("followup-action-" + application + "-" + action.actionId() + "@pignon",
						messages.getMessage("followup.calendar.action", new Object[] { action.title() }, locale),
						"", action.dueMonth().atEndOfMonth(),
						dossier.assignedAt() == null ? clock.instant() : dossier.assignedAt()));
			}
		}
		// the editorial calendar's posts, from a month back: whole days, the caption draft as the note
		LocalDate monthAgo = LocalDate.ofInstant(clock.instant(), Dates.PROGRAM_ZONE).minusMonths(1);
		for (FeedPost post : content.postsFrom(application, monthAgo)) {
			String network = messages.getMessage("content.Network." + post.network(), null, locale);
			String summary = messages.getMessage(post.status() == PostStatus.PUBLISHED ? "content.feed.published"
					: "content.feed.planned", new Object[] { network, post.pillar() }, locale);
			entries.add(CalendarEntry.allDay("content-post-" + post.id() + "@pignon", summary, post.caption(),
					post.day(), post.changedAt()));
		}
		return entries;
	}

	/** The merchant's calendar as an iCalendar object. */
	@Transactional(readOnly = true)
	public String calendarFile(ApplicationId application, Locale locale) {
		Dossier dossier = dossier(application);
		String name = messages.getMessage("followup.calendar.name", new Object[] { dossier.businessName() }, locale);
		return IcsWriter.write(name, calendarOf(application, locale), clock.instant());
	}

	/** The calendar behind a feed's secret, if the secret is current. */
	@Transactional(readOnly = true)
	public Optional<String> calendarFeed(String token, Locale locale) {
		if (token.length() < 40) {
			return Optional.empty();
		}
		return store.byCalendarToken(token).map(application -> calendarFile(application, locale));
	}

	/** Makes a new secret for the merchant's calendar feed; the previous address stops working. */
	public String renewCalendarToken(ApplicationId application, Actor by) {
		dossier(application);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		store.setCalendarToken(application, token);
		log.write(application, clock.instant(), by, "followup.log.calendarRenewed", null);
		return token;
	}

	/** Stops the merchant's calendar feed. */
	public void revokeCalendarToken(ApplicationId application, Actor by) {
		dossier(application);
		store.setCalendarToken(application, null);
		log.write(application, clock.instant(), by, "followup.log.calendarRevoked", null);
	}

	// --- closing ---------------------------------------------------------------------------------------------------

	/** The before/after: T0 and T1 per dimension, first and latest audit per check, hours, objectives (seam). */
	@Transactional(readOnly = true)
	public BeforeAfter beforeAfter(ApplicationId application, Locale locale) {
		return closings.beforeAfter(application, dossier(application).hours(), locale);
	}

	/**
	 * Closes the accompaniment once the end-of-accompaniment diagnostic (T1) is complete: no more meetings, and the
	 * merchant is asked the satisfaction survey.
	 */
	public void close(ApplicationId application, Actor by) {
		Dossier dossier = dossier(application);
		if (dossier.closed()) {
			throw new FollowupRefused("followup.refused.alreadyClosed");
		}
		if (!closings.t1Completed(application)) {
			throw new FollowupRefused("followup.refused.t1Missing");
		}
		Instant now = clock.instant();
		store.close(application, now, by);
		log.write(application, now, by, "followup.log.closed", null);
		events.publishEvent(new DossierClosed(application, dossier.hours().usedMinutes(), now));
		merchantMails.closed(dossier);
	}

	/** Opens a closed accompaniment again; the reason is required and kept in the timeline. */
	public void reopen(ApplicationId application, String reason, Actor by) {
		Dossier dossier = dossier(application);
		String why = reason.strip();
		if (!dossier.closed()) {
			throw new FollowupRefused("followup.refused.notClosed");
		}
		if (why.isEmpty()) {
			throw new FollowupRefused(List.of(Problem.about("reason", "followup.reopen.reason.required")));
		}
		if (why.length() > MeetingRules.MAX_TEXT) {
			throw new FollowupRefused(List.of(Problem.about("reason", "followup.meeting.text.tooLong")));
		}
		Instant now = clock.instant();
		store.close(application, null, null);
		log.write(application, now, by, "followup.log.reopened", why);
		events.publishEvent(new DossierReopened(application, why, now));
	}

	/** The merchant answers the satisfaction survey of their closed accompaniment, once. */
	public void answerSurvey(ApplicationId application, SurveyAnswers answers, Actor merchant) {
		Dossier dossier = dossier(application);
		if (!dossier.closed()) {
			throw new FollowupRefused("followup.survey.notYet");
		}
		List<Problem> problems = new ArrayList<>();
		if (answers.helpfulness() < 1 || answers.helpfulness() > 5) {
			problems.add(Problem.about("helpfulness", "followup.survey.range"));
		}
		if (answers.advisor() < 1 || answers.advisor() > 5) {
			problems.add(Problem.about("advisor", "followup.survey.range"));
		}
		if (answers.recommend() < 1 || answers.recommend() > 5) {
			problems.add(Problem.about("recommend", "followup.survey.range"));
		}
		if (answers.comment().length() > MeetingRules.MAX_TEXT) {
			problems.add(Problem.about("comment", "followup.meeting.text.tooLong"));
		}
		refuseWhenInvalid(problems);
		Instant now = clock.instant();
		if (!surveys.save(application, answers, now)) {
			throw new FollowupRefused("followup.survey.already");
		}
		log.write(application, now, merchant, "followup.log.surveyAnswered", null);
	}

	@Transactional(readOnly = true)
	public Optional<SurveyAnswers> surveyOf(ApplicationId application) {
		return surveys.of(application);
	}

}
