package ca.pignon.content;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.ApplicationId;

/**
 * Measuring what works: the merchant's (or their advisor's) monthly figures on each network of their calendar, typed
 * or imported from a CSV file, with their engagement rates, the posts planned against those published, and the
 * cohort's anonymous median. Access as for the value work: the dossier's one rule.
 */
@Service
@Transactional
public class FiguresManagement {

	/** The fewest merchants of a cohort whose rates make a median shown. */
	public static final int COHORT_K = CohortMedianPolicy.K;

	private final ValueManagement values;

	private final CalendarRows calendars;

	private final FiguresRows rows;

	private final DossierManagement dossiers;

	private final Clock clock;

	FiguresManagement(ValueManagement values, CalendarRows calendars, FiguresRows rows, DossierManagement dossiers) {
		this.values = values;
		this.calendars = calendars;
		this.rows = rows;
		this.dossiers = dossiers;
		this.clock = Clock.systemUTC();
	}

	/** The months whose figures may be entered, none before the calendar was drafted. */
	@Transactional(readOnly = true)
	public Optional<FiguresRange> range(PignonUser person, ApplicationId application) {
		values.work(person, application);
		return calendars.settings(application).flatMap(this::range);
	}

	/** The networks the merchant chose for their calendar, in the calendar's order. */
	@Transactional(readOnly = true)
	public List<Network> networks(PignonUser person, ApplicationId application) {
		values.work(person, application);
		return List.copyOf(chosen(application));
	}

	/** Every month's figures entered, oldest first. */
	@Transactional(readOnly = true)
	public List<MonthlyFigures> history(PignonUser person, ApplicationId application) {
		values.work(person, application);
		return rows.of(application);
	}

	/** The month on each network chosen: figures, rates, planned and published posts, the cohort's median. */
	@Transactional(readOnly = true)
	public List<FiguresLine> month(PignonUser person, ApplicationId application, YearMonth month) {
		values.work(person, application);
		Dossier dossier = dossiers.get(application);
		Map<Network, MonthlyFigures> entered = new HashMap<>();
		rows.of(application).stream().filter(f -> f.month().equals(month)).forEach(f -> entered.put(f.network(), f));
		List<CalendarPost> posts = calendars.posts(application)
			.stream()
			.filter(p -> YearMonth.from(p.day()).equals(month))
			.toList();
		List<FiguresLine> lines = new ArrayList<>();
		for (Network network : chosen(application)) {
			MonthlyFigures figures = entered.get(network);
			int planned = (int) posts.stream().filter(p -> p.network() == network).count();
			int published = (int) posts.stream()
				.filter(p -> p.network() == network && p.status() == PostStatus.PUBLISHED)
				.count();
			Map<ApplicationId, MonthlyFigures> cohort = cohort(dossier, month, network);
			BigDecimal byReach = figures == null ? null : EngagementPolicy.byReach(figures).orElse(null);
			BigDecimal byFollowers = figures == null ? null : EngagementPolicy.byFollowers(figures).orElse(null);
			BigDecimal medianByReach = median(cohort, EngagementPolicy::byReach);
			BigDecimal medianByFollowers = median(cohort, EngagementPolicy::byFollowers);
			String whyNot = null;
			if (dossier.cohort() == null) {
				whyNot = "content.figures.median.noCohort";
			}
			else if (medianByReach == null && medianByFollowers == null) {
				whyNot = "content.figures.median.tooFew";
			}
			lines.add(new FiguresLine(network, figures, byReach, byFollowers, planned, published, medianByReach,
					medianByFollowers, whyNot));
		}
		return lines;
	}

	/**
	 * Saves a month's figures on the networks given (replacing what was entered for them): the month inside the
	 * range, each network one of the calendar's, no figure negative. Nothing is saved unless all of it is right.
	 */
	public void save(PignonUser person, ApplicationId application, List<MonthlyFigures> figures) {
		values.work(person, application);
		FiguresRange range = calendars.settings(application)
			.flatMap(this::range)
			.orElseThrow(() -> new ContentRefused(null, "content.figures.noCalendar"));
		Set<Network> networks = chosen(application);
		List<Problem> problems = new ArrayList<>();
		for (MonthlyFigures month : figures) {
			if (!range.contains(month.month())) {
				problems.add(Problem.about("month", "content.figures.month.outside", month.month(), range.first(),
						range.last()));
			}
			if (!networks.contains(month.network())) {
				problems.add(Problem.about(null, "content.figures.network.notChosen"));
			}
			EngagementPolicy.check(month).forEach(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new ContentRefused(problems.stream().distinct().toList());
		}
		figures.forEach(f -> rows.save(application, f, person.accountId(), clock.instant()));
	}

	/** Imports a CSV file ({@link FiguresCsv}): every line, or none when any line does not read. */
	public int importCsv(PignonUser person, ApplicationId application, Reader csv) {
		values.work(person, application);
		FiguresRange range = calendars.settings(application)
			.flatMap(this::range)
			.orElseThrow(() -> new ContentRefused(null, "content.figures.noCalendar"));
		List<Problem> problems = new ArrayList<>();
		List<MonthlyFigures> figures = FiguresCsv.read(csv, range, chosen(application), problems);
		if (!problems.isEmpty()) {
			throw new ContentRefused(problems);
		}
		save(person, application, figures);
		return figures.size();
	}

	/** A whole number as typed (spaces between thousands allowed), null when it is not one. */
	public static @Nullable Long count(String typed) {
		return FiguresCsv.count(typed);
	}

	private Optional<FiguresRange> range(CalendarSettings settings) {
		if (settings.firstDay() == null || settings.lastDay() == null) {
			return Optional.empty();
		}
		YearMonth now = YearMonth.now(clock.withZone(Dates.PROGRAM_ZONE));
		YearMonth last = YearMonth.from(settings.lastDay());
		YearMonth first = YearMonth.from(settings.firstDay()).minusMonths(FiguresRange.BASELINE_MONTHS);
		return Optional.of(new FiguresRange(first, last.isAfter(now) ? now : last));
	}

	private Set<Network> chosen(ApplicationId application) {
		Set<Network> networks = EnumSet.noneOf(Network.class);
		calendars.settings(application).ifPresent(s -> s.rhythm().forEach((network, posts) -> {
			if (posts > 0) {
				networks.add(network);
			}
		}));
		return networks;
	}

	/** The figures of the merchants of the dossier's cohort on that network and month, one per merchant. */
	private Map<ApplicationId, MonthlyFigures> cohort(Dossier dossier, YearMonth month, Network network) {
		UUID cohort = dossier.cohort();
		if (cohort == null) {
			return Map.of();
		}
		Map<ApplicationId, MonthlyFigures> everyone = rows.everyone(month, network);
		Map<ApplicationId, Dossier> theirs = dossiers.all(everyone.keySet());
		Map<ApplicationId, MonthlyFigures> same = new HashMap<>();
		everyone.forEach((id, figures) -> {
			Dossier other = theirs.get(id);
			if (other != null && cohort.equals(other.cohort())) {
				same.put(id, figures);
			}
		});
		return same;
	}

	private static @Nullable BigDecimal median(Map<ApplicationId, MonthlyFigures> cohort,
			Function<MonthlyFigures, Optional<BigDecimal>> rate) {
		Map<ApplicationId, BigDecimal> rates = new HashMap<>();
		cohort.forEach((id, figures) -> rate.apply(figures).ifPresent(r -> rates.put(id, r)));
		return CohortMedianPolicy.median(rates).orElse(null);
	}

}
