package ca.pignon.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's "stopped posting" flag: planned posts of the last three weeks, none published. */
class PublishingStoppedPolicyTests {

	static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

	@Test
	void plannedPostsOfTheWindowNonePublishedIsAStop() {
		List<CalendarPost> posts = List.of(post(TODAY.minusDays(3), PostStatus.PLANNED),
				post(TODAY.minusDays(10), PostStatus.SKIPPED));
		assertThat(PublishingStoppedPolicy.stopped(posts, TODAY)).isTrue();
	}

	@Test
	void onePublishedPostInTheWindowIsNoStop() {
		List<CalendarPost> posts = List.of(post(TODAY.minusDays(3), PostStatus.PLANNED),
				post(TODAY.minusDays(PublishingStoppedPolicy.WINDOW_DAYS), PostStatus.PUBLISHED));
		assertThat(PublishingStoppedPolicy.stopped(posts, TODAY)).isFalse();
	}

	@Test
	void fewerPlannedThanTheThresholdIsNoStop() {
		List<CalendarPost> posts = new ArrayList<>();
		for (int i = 1; i < PublishingStoppedPolicy.PLANNED_AT_LEAST; i++) {
			posts.add(post(TODAY.minusDays(i), PostStatus.PLANNED));
		}
		assertThat(PublishingStoppedPolicy.stopped(posts, TODAY)).isFalse();
	}

	@Test
	void postsOutsideTheWindowDoNotCount() {
		// today's and future posts are not yet due; those older than the window are past
		List<CalendarPost> posts = List.of(post(TODAY, PostStatus.PLANNED), post(TODAY.plusDays(2), PostStatus.PLANNED),
				post(TODAY.minusDays(PublishingStoppedPolicy.WINDOW_DAYS + 1), PostStatus.PLANNED),
				post(TODAY.minusDays(PublishingStoppedPolicy.WINDOW_DAYS + 5), PostStatus.PLANNED));
		assertThat(PublishingStoppedPolicy.stopped(posts, TODAY)).isFalse();
	}

	@Test
	void noCalendarIsNoStop() {
		assertThat(PublishingStoppedPolicy.stopped(List.of(), TODAY)).isFalse();
	}

	private static CalendarPost post(LocalDate day, PostStatus status) {
		return new CalendarPost(UUID.randomUUID(), day, Network.INSTAGRAM, "Les coulisses", "idea", PostFormat.PHOTO,
				"", null, status, status == PostStatus.PUBLISHED ? "https://www.instagram.com/p/x" : "");
	}

}
