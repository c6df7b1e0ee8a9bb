package ca.pignon.followup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.content.ContentActivity;
import ca.pignon.content.FeedPost;
import ca.pignon.content.PostStatus;
import ca.pignon.followup.internal.DossierStore;
import ca.pignon.followup.internal.FollowupLog;
import ca.pignon.followup.internal.IcsWriter;
import ca.pignon.followup.internal.MeetingStore;
import ca.pignon.followup.internal.PlanActions;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Dates;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * The merchant's calendar: meetings with a time, the due dates of the plan's actions not done yet and the editorial
 * calendar's posts, as entries, as an iCalendar file, and as a feed behind a secret the merchant can renew or stop.
 * Access is the dossier module's rule, asked by the web layer.
 */
@Service
@Transactional
public class MerchantCalendarManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FollowupManagement followup;

	private final DossierStore store;

	private final MeetingStore meetings;

	private final PlanActions planActions;

	private final FollowupLog log;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final ContentActivity content;

	private final Clock clock;

	MerchantCalendarManagement(FollowupManagement followup, DossierStore store, MeetingStore meetings,
			PlanActions planActions, FollowupLog log, AccountManagement accounts, MessageSource messages,
			ContentActivity content, Clock clock) {
		this.followup = followup;
		this.store = store;
		this.meetings = meetings;
		this.planActions = planActions;
		this.log = log;
		this.accounts = accounts;
		this.messages = messages;
		this.content = content;
		this.clock = clock;
	}

	/** The merchant's calendar: meetings with a time, and the due dates of plan actions not done yet. */
	@Transactional(readOnly = true)
	public List<CalendarEntry> calendarOf(ApplicationId application, Locale locale) {
		Dossier dossier = followup.dossier(application);
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
		Dossier dossier = followup.dossier(application);
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
		followup.dossier(application);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		store.setCalendarToken(application, token);
		log.write(application, clock.instant(), by, "followup.log.calendarRenewed", null);
		return token;
	}

	/** Stops the merchant's calendar feed. */
	public void revokeCalendarToken(ApplicationId application, Actor by) {
		followup.dossier(application);
		store.setCalendarToken(application, null);
		log.write(application, clock.instant(), by, "followup.log.calendarRevoked", null);
	}
}
