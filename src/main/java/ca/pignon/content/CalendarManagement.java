package ca.pignon.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.Dates;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.ApplicationId;

/**
 * The merchant's editorial calendar: the networks, rhythm and hours they chose, drafted over the next three months by
 * {@link CalendarDraftPolicy} and stored; each post then edited, moved, skipped or marked published (Pignon never
 * posts). Access as for the value work: the dossier's one rule.
 */
@Service
@Transactional
public class CalendarManagement {

	/** Three months. */
	public static final int WEEKS = 13;

	public static final int POSTS_MAX = 14;

	public static final int MINUTES_MAX = 6000;

	static final int CAPTION_MAX = 2200;

	static final int LINK_MAX = 500;

	private final ValueManagement values;

	private final PillarManagement pillars;

	private final OccasionManagement occasions;

	private final CalendarRows rows;

	private final Clock clock;

	CalendarManagement(ValueManagement values, PillarManagement pillars, OccasionManagement occasions,
			CalendarRows rows) {
		this.values = values;
		this.pillars = pillars;
		this.occasions = occasions;
		this.rows = rows;
		this.clock = Clock.systemUTC();
	}

	/** The merchant's choices, empty before they made any. */
	@Transactional(readOnly = true)
	public Optional<CalendarSettings> settings(PignonUser person, ApplicationId application) {
		values.work(person, application);
		return rows.settings(application);
	}

	@Transactional(readOnly = true)
	public List<CalendarPost> posts(PignonUser person, ApplicationId application) {
		values.work(person, application);
		return rows.posts(application);
	}

	/** The minutes a week the rhythm asks for with the kept pillars' ideas (0 without kept pillars). */
	@Transactional(readOnly = true)
	public int minutesAsked(PignonUser person, ApplicationId application, CalendarSettings settings) {
		List<CalendarRequest.PillarIdeas> ideas = pillarIdeas(person, application);
		if (ideas.isEmpty()) {
			return 0;
		}
		return CalendarDraftPolicy.minutesAsked(request(settings, LocalDate.now(clock), ideas, List.of()));
	}

	/** Saves the merchant's choices; the calendar's range stays until it is drafted again. */
	public void save(PignonUser person, ApplicationId application, CalendarSettings settings) {
		values.work(person, application);
		List<Problem> problems = new ArrayList<>();
		if (settings.rhythm().values().stream().noneMatch(n -> n > 0)) {
			problems.add(Problem.about(null, "content.calendar.rhythm.none"));
		}
		for (Map.Entry<Network, Integer> entry : settings.rhythm().entrySet()) {
			if (entry.getValue() < 0 || entry.getValue() > POSTS_MAX) {
				problems.add(Problem.about(null, "content.calendar.rhythm.range",
						String.valueOf(POSTS_MAX)));
			}
		}
		if (settings.minutesPerWeek() <= 0 || settings.minutesPerWeek() > MINUTES_MAX) {
			problems.add(Problem.about("minutes", "content.calendar.minutes.range", String.valueOf(MINUTES_MAX)));
		}
		refuseIfAny(problems);
		CalendarSettings stored = rows.settings(application).orElse(null);
		rows.save(application,
				new CalendarSettings(settings.rhythm(), settings.minutesPerWeek(), settings.closedWeekdays(),
						settings.closures(), settings.ownDates(), settings.sameDayAllowed(),
						stored == null ? null : stored.firstDay(),
						stored == null ? null : stored.lastDay()),
				person.accountId(), clock.instant());
	}

	/**
	 * Drafts the next three months from tomorrow and stores the posts, replacing those drafted before.
	 */
	public CalendarDraft draft(PignonUser person, ApplicationId application, Locale locale) {
		return draftFrom(person, application, LocalDate.now(clock.withZone(Dates.PROGRAM_ZONE)).plusDays(1), locale);
	}

	/** Drafts thirteen weeks from that day (the demo's calendar starts in the past). */
	CalendarDraft draftFrom(PignonUser person, ApplicationId application, LocalDate start, Locale locale) {
		CalendarSettings settings = settings(person, application)
			.orElseThrow(() -> new ContentRefused(null, "content.calendar.noSettings"));
		List<CalendarRequest.PillarIdeas> ideas = pillarIdeas(person, application);
		if (ideas.isEmpty()) {
			throw new ContentRefused(null, "content.calendar.noPillars");
		}
		LocalDate last = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(WEEKS).minusDays(1);
		List<Occasion> dated = new ArrayList<>();
		for (int year = start.getYear(); year <= last.getYear(); year++) {
			occasions.occasionsOf(year).stream().filter(o -> o.confirmed() && o.date() != null).forEach(dated::add);
		}
		int n = 0;
		for (CalendarSettings.OwnDate own : settings.ownDates()) {
			dated.add(new Occasion("own-" + n++, own.name(), own.name(), own.date(), null, OccasionKind.LOCAL, true,
					""));
		}
		CalendarDraft draft = CalendarDraftPolicy.draft(request(settings, start, ideas, dated));
		rows.save(application,
				new CalendarSettings(settings.rhythm(), settings.minutesPerWeek(), settings.closedWeekdays(),
						settings.closures(), settings.ownDates(), settings.sameDayAllowed(), start, last),
				person.accountId(), clock.instant());
		rows.replacePosts(application, draft.posts(), locale, person.accountId(), clock.instant());
		return draft;
	}

	/** Changes a post's caption and date: the date inside the calendar's range, on a day the shop is open. */
	public CalendarPost edit(PignonUser person, ApplicationId application, UUID post, @Nullable LocalDate day,
			String caption) {
		CalendarSettings settings = settings(person, application).orElseThrow(NotFound::new);
		CalendarPost current = post(application, post);
		List<Problem> problems = new ArrayList<>();
		if (day == null) {
			problems.add(Problem.about("day", "content.calendar.day.required"));
		}
		else if (!settings.inRange(day)) {
			problems.add(Problem.about("day", "content.calendar.day.outside", settings.firstDay(),
					settings.lastDay()));
		}
		else if (!settings.open(day)) {
			problems.add(Problem.about("day", "content.calendar.day.closed", day));
		}
		if (caption.strip().length() > CAPTION_MAX) {
			problems.add(Problem.about("caption", "content.calendar.caption.tooLong", String.valueOf(CAPTION_MAX)));
		}
		refuseIfAny(problems);
		CalendarPost changed = new CalendarPost(current.id(), day, current.network(), current.pillar(),
				current.ideaId(), current.format(), caption.strip(), current.occasion(), current.status(),
				current.link());
		rows.update(application, changed, person.accountId(), clock.instant());
		return changed;
	}

	/** Marks a post published, with the web address where it is. */
	public CalendarPost publish(PignonUser person, ApplicationId application, UUID post, String link) {
		settings(person, application).orElseThrow(NotFound::new);
		CalendarPost current = post(application, post);
		String address = link.strip();
		if (!webAddress(address)) {
			throw new ContentRefused("link", "content.calendar.link.invalid");
		}
		CalendarPost changed = new CalendarPost(current.id(), current.day(), current.network(), current.pillar(),
				current.ideaId(), current.format(), current.caption(), current.occasion(), PostStatus.PUBLISHED,
				address);
		rows.update(application, changed, person.accountId(), clock.instant());
		return changed;
	}

	/** Skips a post (it stays in the calendar, marked skipped). */
	public CalendarPost skip(PignonUser person, ApplicationId application, UUID post) {
		settings(person, application).orElseThrow(NotFound::new);
		CalendarPost current = post(application, post);
		CalendarPost changed = new CalendarPost(current.id(), current.day(), current.network(), current.pillar(),
				current.ideaId(), current.format(), current.caption(), current.occasion(), PostStatus.SKIPPED,
				current.link());
		rows.update(application, changed, person.accountId(), clock.instant());
		return changed;
	}

	/** An http or https address with a host, at most 500 characters. */
	static boolean webAddress(String text) {
		if (text.isEmpty() || text.length() > LINK_MAX) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private CalendarPost post(ApplicationId application, UUID post) {
		return rows.posts(application)
			.stream()
			.filter(p -> p.id().equals(post))
			.findFirst()
			.orElseThrow(() -> new ContentRefused(null, "content.calendar.post.unknown"));
	}

	private List<CalendarRequest.PillarIdeas> pillarIdeas(PignonUser person, ApplicationId application) {
		ValueWork work = values.work(person, application);
		List<CalendarRequest.PillarIdeas> ideas = new ArrayList<>();
		for (Pillar pillar : pillars.pillars(person, application)) {
			List<Idea> library = pillars.ideas(pillar.kind(), work.family());
			if (pillar.kept() && !library.isEmpty()) {
				ideas.add(new CalendarRequest.PillarIdeas(pillar.name(), library));
			}
		}
		return ideas;
	}

	private static CalendarRequest request(CalendarSettings settings, LocalDate start,
			List<CalendarRequest.PillarIdeas> ideas, List<Occasion> dated) {
		return new CalendarRequest(start, WEEKS, settings.rhythm(), settings.minutesPerWeek(),
				settings.closedWeekdays(), settings.closures(), ideas, dated, settings.sameDayAllowed());
	}

	private static void refuseIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new ContentRefused(problems);
		}
	}

}
