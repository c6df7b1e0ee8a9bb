package ca.pignon.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial calendar's draft: deterministic, within the merchant's hours, never two posts on one network on the
 * same day unless asked, never on a day the shop is closed, the pillars and their ideas taking turns, the week's first
 * post on its occasion.
 */
class CalendarDraftPolicyTests {

	static final IdeaLibrary LIBRARY = new IdeaLibrary();

	static final LocalDate MONDAY = LocalDate.of(2027, 9, 6);

	static final List<CalendarRequest.PillarIdeas> PILLARS = List.of(pillar(PillarKind.BEHIND_THE_SCENES),
			pillar(PillarKind.NEIGHBOURHOOD), pillar(PillarKind.QUESTIONS));

	@Test
	void draftsTheSameCalendarForTheSameRequest() {
		CalendarRequest request = request(Map.of(Network.INSTAGRAM, 3, Network.FACEBOOK, 2), 600, Set.of(), Set.of(),
				false);
		assertThat(CalendarDraftPolicy.draft(request)).isEqualTo(CalendarDraftPolicy.draft(request));
	}

	@Test
	void neverPutsTwoPostsOnOneNetworkOnTheSameDay() {
		// given more posts than open days in a week
		CalendarDraft draft = CalendarDraftPolicy.draft(request(Map.of(Network.INSTAGRAM, 9), 10_000,
				Set.of(DayOfWeek.SUNDAY), Set.of(), false));
		// then
		Set<String> seen = new HashSet<>();
		assertThat(draft.posts()).allMatch(post -> seen.add(post.network() + " " + post.day()));
		assertThat(draft.posts()).hasSize(6 * 13);
		assertThat(draft.leftOut()).isEqualTo(3 * 13);
	}

	@Test
	void putsTwoPostsOnOneDayOnlyWhenAsked() {
		CalendarDraft draft = CalendarDraftPolicy.draft(request(Map.of(Network.INSTAGRAM, 9), 10_000,
				Set.of(DayOfWeek.SUNDAY), Set.of(), true));
		assertThat(draft.posts()).hasSize(9 * 13);
		assertThat(draft.leftOut()).isZero();
	}

	@Test
	void neverPlacesAPostOnAClosedDay() {
		// given closed on Sundays and Mondays, and for a holiday week
		Set<LocalDate> holiday = Set.of(MONDAY.plusWeeks(2).plusDays(1), MONDAY.plusWeeks(2).plusDays(2),
				MONDAY.plusWeeks(2).plusDays(3), MONDAY.plusWeeks(2).plusDays(4), MONDAY.plusWeeks(2).plusDays(5));
		CalendarDraft draft = CalendarDraftPolicy.draft(request(Map.of(Network.INSTAGRAM, 3, Network.FACEBOOK, 3),
				10_000, Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), holiday, false));
		// then
		assertThat(draft.posts()).isNotEmpty()
			.noneMatch(post -> post.day().getDayOfWeek() == DayOfWeek.SUNDAY
					|| post.day().getDayOfWeek() == DayOfWeek.MONDAY)
			.noneMatch(post -> holiday.contains(post.day()));
		assertThat(draft.posts()).filteredOn(post -> post.day().isAfter(MONDAY.plusWeeks(2))
				&& post.day().isBefore(MONDAY.plusWeeks(3)))
			.isEmpty();
	}

	@Test
	void keepsWithinTheMerchantsHoursAndWarnsWhenTheRhythmAsksForMore() {
		// given 90 minutes a week for a rhythm that asks for more
		CalendarRequest request = request(Map.of(Network.INSTAGRAM, 5, Network.FACEBOOK, 5), 90, Set.of(), Set.of(),
				false);
		// when
		CalendarDraft draft = CalendarDraftPolicy.draft(request);
		// then
		assertThat(draft.overCapacity()).isTrue();
		assertThat(draft.minutesAsked()).isGreaterThan(90);
		Map<LocalDate, Integer> minutesByWeek = draft.posts()
			.stream()
			.collect(Collectors.groupingBy(post -> post.day().with(DayOfWeek.MONDAY),
					Collectors.summingInt(post -> CalendarDraftPolicy.MINUTES.get(post.format()))));
		assertThat(minutesByWeek.values()).isNotEmpty().allMatch(minutes -> minutes <= 90);
		assertThat(draft.leftOut()).isPositive();
	}

	@Test
	void doesNotWarnWhenTheRhythmFits() {
		CalendarDraft draft = CalendarDraftPolicy.draft(request(Map.of(Network.INSTAGRAM, 2), 600, Set.of(), Set.of(),
				false));
		assertThat(draft.overCapacity()).isFalse();
		assertThat(draft.leftOut()).isZero();
		assertThat(draft.posts()).hasSize(2 * 13);
	}

	@Test
	void letsThePillarsAndTheirIdeasTakeTurns() {
		CalendarDraft draft = CalendarDraftPolicy.draft(request(Map.of(Network.INSTAGRAM, 3), 10_000, Set.of(),
				Set.of(), false));
		List<String> pillars = draft.posts().stream().map(PlannedPost::pillar).toList();
		assertThat(pillars.subList(0, 6)).containsExactly("BEHIND_THE_SCENES", "NEIGHBOURHOOD", "QUESTIONS",
				"BEHIND_THE_SCENES", "NEIGHBOURHOOD", "QUESTIONS");
		List<Idea> backstage = draft.posts()
			.stream()
			.filter(post -> post.pillar().equals("BEHIND_THE_SCENES"))
			.map(PlannedPost::idea)
			.toList();
		assertThat(backstage.subList(0, 2)).containsExactlyElementsOf(PILLARS.get(0).ideas().subList(0, 2));
		assertThat(draft.posts()).allMatch(post -> post.format() == post.idea().format()
				&& post.captionFr().equals(post.idea().exampleFr()));
	}

	@Test
	void placesTheWeeksFirstPostOnItsOccasion() {
		// given Halloween 2027 (a Sunday, the last day of its week) and a rhythm of one post a week
		LocalDate halloween = ComputedOccasions.ALL.stream()
			.filter(o -> o.id().equals("halloween"))
			.findFirst()
			.orElseThrow()
			.startIn(2027);
		Occasion occasion = new Occasion("halloween", "Halloween", "Halloween", halloween, null,
				OccasionKind.COMMERCIAL, true, "");
		CalendarRequest request = new CalendarRequest(MONDAY, 13, Map.of(Network.FACEBOOK, 1), 600, Set.of(),
				Set.of(), PILLARS, List.of(occasion), false);
		// when
		CalendarDraft draft = CalendarDraftPolicy.draft(request);
		// then
		assertThat(halloween.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(draft.posts()).filteredOn(post -> "halloween".equals(post.occasion()))
			.singleElement()
			.extracting(PlannedPost::day)
			.isEqualTo(halloween);
		assertThat(draft.posts()).filteredOn(post -> post.day().isAfter(halloween.minusDays(7))
				&& !post.day().isAfter(halloween))
			.hasSize(1);
	}

	private static CalendarRequest request(Map<Network, Integer> rhythm, int minutes, Set<DayOfWeek> closed,
			Set<LocalDate> closures, boolean sameDay) {
		return new CalendarRequest(MONDAY, 13, rhythm, minutes, closed, closures, PILLARS, List.of(), sameDay);
	}

	private static CalendarRequest.PillarIdeas pillar(PillarKind kind) {
		return new CalendarRequest.PillarIdeas(kind.name(), LIBRARY.ideas(kind, SectorFamily.FOOD));
	}

}
