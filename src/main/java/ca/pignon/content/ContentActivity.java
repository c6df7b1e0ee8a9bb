package ca.pignon.content;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.platform.Dates;
import ca.pignon.shared.ApplicationId;

/**
 * What other modules read of a merchant's editorial calendar, by dossier id: the posts published (the evidence of the
 * plan's social-media actions in "Mon plan"), the month's planned against published posts with the stop flag (the
 * advisor's dashboard), the planned posts of a period (the merchant's calendar feed). The callers have already applied
 * the dossier's access rule to the person asking; nothing here is shown without it.
 */
@Service
@Transactional(readOnly = true)
public class ContentActivity {

	/** The plan catalogue's dimension whose actions the editorial calendar carries out. */
	public static final String SOCIAL_DIMENSION = "social";

	private final CalendarRows rows;

	private final Clock clock;

	ContentActivity(CalendarRows rows) {
		this.rows = rows;
		this.clock = Clock.systemUTC();
	}

	/** The posts marked published, the newest first. */
	public List<PublishedPost> published(ApplicationId application) {
		return rows.posts(application)
			.stream()
			.filter(p -> p.status() == PostStatus.PUBLISHED)
			.sorted((a, b) -> b.day().compareTo(a.day()))
			.map(p -> new PublishedPost(p.day(), p.network(), p.pillar(), p.link()))
			.toList();
	}

	/** The posts of the calendar from that day on, skipped ones left out, for the merchant's calendar feed. */
	public List<FeedPost> postsFrom(ApplicationId application, LocalDate from) {
		return rows.feed(application, from);
	}

	/** This month's planned and published posts of each dossier that has a calendar, with the stop flag. */
	public Map<ApplicationId, PostingMonth> thisMonth(Collection<ApplicationId> applications) {
		LocalDate today = LocalDate.now(clock.withZone(Dates.PROGRAM_ZONE));
		YearMonth month = YearMonth.from(today);
		Map<ApplicationId, PostingMonth> months = new LinkedHashMap<>();
		rows.postsOf(applications).forEach((application, posts) -> {
			List<CalendarPost> ofMonth = posts.stream().filter(p -> YearMonth.from(p.day()).equals(month)).toList();
			months.put(application, new PostingMonth(ofMonth.size(),
					(int) ofMonth.stream().filter(p -> p.status() == PostStatus.PUBLISHED).count(),
					PublishingStoppedPolicy.stopped(posts, today)));
		});
		return months;
	}

}
