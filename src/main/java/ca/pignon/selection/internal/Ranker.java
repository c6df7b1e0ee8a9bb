package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.TieBreak;

/**
 * Ranks applications by total, breaking ties by the higher engagement subtotal, then the earlier submission, then
 * the application id (compared as its text, the same order as PostgreSQL's): a total order, so the same scores always
 * give the same ranking. Says which rows are tied, what broke each tie, which rows fall within the places and which
 * are borderline: within the margin of the cut-off score (the total of the last row within the places).
 */
public final class Ranker {

	/** What the ranking compares. */
	public record Key(ApplicationId applicationId, BigDecimal total, BigDecimal engagement, Instant submittedAt) {
	}

	public record Placed<T>(T item, int rank, boolean tied, TieBreak tieBrokenBy, boolean withinPlaces,
			boolean borderline) {
	}

	public record Result<T>(List<Placed<T>> rows, @Nullable BigDecimal cutOffScore) {
	}

	public static final Comparator<Key> ORDER = Comparator.comparing(Key::total, Comparator.reverseOrder())
		.thenComparing(Key::engagement, Comparator.reverseOrder())
		.thenComparing(Key::submittedAt)
		.thenComparing(Key::applicationId, Ranker::compareAsText);

	private Ranker() {
	}

	/**
	 * The order of two ids written as text (lower-case hexadecimal, as PostgreSQL sorts them): the unsigned order of
	 * their bits, without writing them out.
	 */
	static int compareAsText(ApplicationId a, ApplicationId b) {
		int high = Long.compareUnsigned(a.value().getMostSignificantBits(), b.value().getMostSignificantBits());
		return high != 0 ? high
				: Long.compareUnsigned(a.value().getLeastSignificantBits(), b.value().getLeastSignificantBits());
	}

	public static <T> Result<T> rank(Collection<T> items, Function<T, Key> keyOf, int places, BigDecimal margin) {
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing(keyOf, ORDER));
		// totals compared by value: 75.5 and 75.50 are the same score
		TreeMap<BigDecimal, Integer> sameTotal = new TreeMap<>();
		for (T item : sorted) {
			sameTotal.merge(keyOf.apply(item).total(), 1, Integer::sum);
		}
		BigDecimal cutOff = places > 0 && sorted.size() > places ? keyOf.apply(sorted.get(places - 1)).total() : null;
		List<Placed<T>> rows = new ArrayList<>(sorted.size());
		Key previous = null;
		for (int i = 0; i < sorted.size(); i++) {
			Key key = keyOf.apply(sorted.get(i));
			boolean borderline = cutOff != null && key.total().subtract(cutOff).abs().compareTo(margin) <= 0;
			rows.add(new Placed<>(sorted.get(i), i + 1, sameTotal.get(key.total()) > 1, tieBreak(previous, key),
					i < places, borderline));
			previous = key;
		}
		return new Result<>(List.copyOf(rows), cutOff);
	}

	static TieBreak tieBreak(@Nullable Key previous, Key key) {
		if (previous == null || previous.total().compareTo(key.total()) != 0) {
			return TieBreak.NONE;
		}
		if (previous.engagement().compareTo(key.engagement()) != 0) {
			return TieBreak.ENGAGEMENT;
		}
		if (!previous.submittedAt().equals(key.submittedAt())) {
			return TieBreak.SUBMISSION;
		}
		return TieBreak.APPLICATION_ID;
	}

}
