package ca.pignon.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.Dates;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.followup.internal.Caseloads;
import ca.pignon.followup.internal.Closings;
import ca.pignon.followup.internal.DossierStore;
import ca.pignon.followup.internal.FollowupLog;
import ca.pignon.followup.internal.MeetingRules;
import ca.pignon.followup.internal.MeetingStore;
import ca.pignon.followup.internal.MerchantMails;
import ca.pignon.followup.internal.PlanActions;
import ca.pignon.followup.internal.Surveys;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.NotFound;
import ca.pignon.shared.AccountId;

/**
 * The follow-up of retained merchants: meetings and hours, the caseload dashboard, the plan actions it is told about,
 * closing and the survey (the merchant's calendar is {@link MerchantCalendarManagement}'s). Every write is checked here
 * ({@link FollowupRefused} with message keys) and edits name the version they started from ({@link MeetingConflict}).
 * <p>
 * Access (who may see which dossier) is the dossier module's one rule, asked by the web layer.
 */
@Service
@Transactional
public class FollowupManagement {

	private final DossierStore store;

	private final DossierManagement dossiers;

	private final MeetingStore meetings;

	private final MeetingRules rules;

	private final Caseloads caseloads;

	private final PlanActions planActions;

	private final FollowupLog log;

	private final Closings closings;

	private final Surveys surveys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MerchantMails merchantMails;

	FollowupManagement(DossierStore store, DossierManagement dossiers, MeetingStore meetings, MeetingRules rules,
			Caseloads caseloads, PlanActions planActions, FollowupLog log, Closings closings, Surveys surveys, ApplicationEventPublisher events, Clock clock,
			MerchantMails merchantMails) {
		this.merchantMails = merchantMails;
		this.store = store;
		this.dossiers = dossiers;
		this.meetings = meetings;
		this.rules = rules;
		this.caseloads = caseloads;
		this.planActions = planActions;
		this.log = log;
		this.closings = closings;
		this.surveys = surveys;
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
