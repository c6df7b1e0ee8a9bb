package ca.pignon.selection.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import ca.pignon.selection.AdvisorSuggestion;

/**
 * The order advisors are suggested in for a retained merchant:
 * <ol>
 * <li>advisors whose team still has a place in the round first;</li>
 * <li>then the lightest caseload, an advisor who covers the merchant's area counting {@code affinity} merchants
 * less: they come first unless they already carry more than {@code affinity} merchants more than another;</li>
 * <li>then, at equal counts, the advisor who covers the area; then the actual caseload, then the name (French
 * alphabetical order), then the account id.</li>
 * </ol>
 */
public final class AdvisorOrder {

	private static final Collator FRENCH = Collator.getInstance(Locale.CANADA_FRENCH);

	private AdvisorOrder() {
	}

	public static List<AdvisorSuggestion> order(List<AdvisorSuggestion> advisors, int affinity) {
		Comparator<AdvisorSuggestion> order = Comparator
			.comparing((AdvisorSuggestion advisor) -> advisor.available() ? 0 : 1)
			.thenComparingInt(advisor -> advisor.caseload() - (advisor.coversArea() ? affinity : 0))
			.thenComparing(advisor -> advisor.coversArea() ? 0 : 1)
			.thenComparingInt(AdvisorSuggestion::caseload)
			.thenComparing(advisor -> advisor.advisor().name(), FRENCH)
			.thenComparing(advisor -> advisor.advisor().id().value().toString());
		return advisors.stream().sorted(order).toList();
	}

}
