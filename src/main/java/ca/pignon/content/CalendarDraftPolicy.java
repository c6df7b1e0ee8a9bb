package ca.pignon.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Drafts the editorial calendar, the same way every time for the same request:
 * <ul>
 * <li>week by week, network by network (in the order of {@link Network}), the rhythm's posts are spread over the
 * week's open days (neither a closed weekday nor one of the merchant's closures), evenly: the i-th of n posts on the
 * open day at position i × open ÷ n;</li>
 * <li>when a confirmed occasion falls on an open day of the week, the week's first post of each network moves to the
 * first such day (unless that network already has a post there);</li>
 * <li>never two posts on the same network on the same day unless the merchant asked for it: a week with fewer open days
 * than posts leaves the rest out;</li>
 * <li>the week's posts never ask for more than the minutes the merchant gave: a post that would go over is left out;
 * </li>
 * <li>the pillars take turns across the whole calendar, and each pillar's ideas take turns in the library's order; the
 * format is the idea's, the caption draft its example.</li>
 * </ul>
 */
final class CalendarDraftPolicy {

	/** The minutes a post takes to make, by format: a photo 20, a story 10, a carousel 40, a short video 45. */
	static final Map<PostFormat, Integer> MINUTES = new EnumMap<>(Map.of(PostFormat.PHOTO, 20, PostFormat.STORY, 10,
			PostFormat.CAROUSEL, 40, PostFormat.SHORT_VIDEO, 45));

	private CalendarDraftPolicy() {
	}

	/** The minutes a week the rhythm asks for, each post counted at its pillars' average format. */
	static int minutesAsked(CalendarRequest request) {
		double average = request.pillars()
			.stream()
			.flatMap(p -> p.ideas().stream())
			.mapToInt(idea -> MINUTES.get(idea.format()))
			.average()
			.orElse(0);
		int posts = request.rhythm().values().stream().mapToInt(Integer::intValue).sum();
		return (int) Math.round(posts * average);
	}

	static CalendarDraft draft(CalendarRequest request) {
		List<PlannedPost> posts = new ArrayList<>();
		int leftOut = 0;
		int pillarTurn = 0;
		int[] ideaTurns = new int[request.pillars().size()];
		LocalDate monday = request.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Network> networks = request.rhythm().keySet().stream().sorted(Comparator.naturalOrder()).toList();
		for (int week = 0; week < request.weeks(); week++) {
			LocalDate first = monday.plusWeeks(week);
			List<LocalDate> open = new ArrayList<>();
			for (int d = 0; d < 7; d++) {
				LocalDate day = first.plusDays(d);
				if (!day.isBefore(request.start()) && !request.closedWeekdays().contains(day.getDayOfWeek())
						&& !request.closedDays().contains(day)) {
					open.add(day);
				}
			}
			Occasion occasion = firstOccasion(request.occasions(), open);
			int minutesLeft = request.minutesPerWeek();
			for (Network network : networks) {
				int wanted = Math.max(0, request.rhythm().get(network));
				List<LocalDate> days = days(open, wanted, request.sameDayAllowed());
				leftOut += wanted - days.size();
				if (occasion != null && !days.isEmpty() && !days.contains(occasion.date())) {
					days.set(0, occasion.date());
					days.sort(Comparator.naturalOrder());
				}
				for (LocalDate day : days) {
					CalendarRequest.PillarIdeas pillar = request.pillars().get(pillarTurn % request.pillars().size());
					int index = pillarTurn % request.pillars().size();
					Idea idea = pillar.ideas().get(ideaTurns[index] % pillar.ideas().size());
					int minutes = MINUTES.get(idea.format());
					if (minutes > minutesLeft) {
						leftOut++;
						continue;
					}
					minutesLeft -= minutes;
					pillarTurn++;
					ideaTurns[index]++;
					boolean onOccasion = occasion != null && day.equals(occasion.date());
					posts.add(new PlannedPost(day, network, pillar.pillar(), idea, idea.format(), idea.exampleFr(),
							idea.exampleEn(), onOccasion ? occasion.id() : null));
				}
			}
		}
		posts.sort(Comparator.comparing(PlannedPost::day).thenComparing(PlannedPost::network));
		int asked = minutesAsked(request);
		return new CalendarDraft(posts, asked, asked > request.minutesPerWeek(), leftOut);
	}

	/** The days of the week's posts on one network: spread evenly over the open days. */
	static List<LocalDate> days(List<LocalDate> open, int wanted, boolean sameDayAllowed) {
		List<LocalDate> days = new ArrayList<>();
		if (open.isEmpty() || wanted == 0) {
			return days;
		}
		int count = sameDayAllowed ? wanted : Math.min(wanted, open.size());
		Set<LocalDate> taken = new HashSet<>();
		for (int i = 0; i < count; i++) {
			LocalDate day = open.get((int) ((long) i * open.size() / count) % open.size());
			if (!sameDayAllowed && !taken.add(day)) {
				continue;
			}
			days.add(day);
		}
		return days;
	}

	private static @Nullable Occasion firstOccasion(List<Occasion> occasions, List<LocalDate> open) {
		return occasions.stream()
			.filter(o -> o.date() != null && open.contains(o.date()))
			.min(Occasion.BY_DATE)
			.orElse(null);
	}

}
