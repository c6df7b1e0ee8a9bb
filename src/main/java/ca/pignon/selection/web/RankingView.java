package ca.pignon.selection.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.CriterionKind;
import ca.pignon.selection.CriterionScore;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RankingPage;
import ca.pignon.selection.RankingRow;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.ScoreBreakdown;
import ca.pignon.selection.TieBreak;

/**
 * A ranking page ready to render: every number and every label already in words, so that the template mostly reads
 * strings (formatting them in the template cost thousands of expression evaluations per request). A row's breakdown
 * by criterion is rendered on demand ({@link #lines}): inline, the 400 lines of a page of 50 were most of its cost,
 * and this is the page the load test measures.
 */
record RankingView(List<Row> rows) {

	/** One line of a breakdown: the criterion, then its points and where the value came from; reviewers disagree. */
	record Line(String label, String text, boolean disagreement) {
	}

	/**
	 * A row of the ranking with what it shows in words.
	 *
	 * @param breakdownHref where its breakdown by criterion is rendered, on demand
	 * @param decisionClass the badge's class: the decision, or "none" (not decided yet)
	 * @param tieBreak what put the row before it ahead, when tied
	 */
	record Row(RankingRow row, String href, String total, String engagement, String impact, String reviews,
			String decision, String decisionClass, @Nullable String tieBreak, @Nullable String advisor,
			String breakdownHref) {
	}

	static RankingView of(RoundId round, RankingPage page, Map<String, AutomaticRule> rules, SelectionFormat format) {
		return new RankingView(page.rows().stream().map(row -> row(round, row, rules, format)).toList());
	}

	private static Row row(RoundId round, RankingRow row, Map<String, AutomaticRule> rules, SelectionFormat format) {
		DecisionStatus decision = row.decision();
		String decisionText = decision == null ? format.text("selection.ranking.undecided")
				: row.waitlistPosition() != null ? format.text("selection.ranking.waitlistedAt", row.waitlistPosition())
						: format.text("selection.DecisionStatus." + decision.name());
		String href = "/selection/rounds/" + round + "/applications/" + row.applicationId().value();
		return new Row(row, href,
				format.points(row.total()), format.points(row.engagement()), format.points(row.impact()),
				format.text("selection.ranking.reviewsOf", row.reviewsSubmitted(), row.reviewers()), decisionText,
				decision == null ? "decision-none" : "decision-" + decision.name(),
				row.tied() && row.tieBrokenBy() != TieBreak.NONE
						? format.text("selection.TieBreak." + row.tieBrokenBy().name()) : null,
				decision == DecisionStatus.RETAINED ? row.advisorName() : null, href + "/breakdown");
	}

	/** A score's breakdown, one line per criterion, in words. */
	static List<Line> lines(ScoreBreakdown score, Map<String, AutomaticRule> rules, SelectionFormat format) {
		return score.criteria().stream().map(criterion -> line(criterion, rules, format)).toList();
	}

	private static Line line(CriterionScore criterion, Map<String, AutomaticRule> rules, SelectionFormat format) {
		String points = format.text("selection.breakdown.points", format.points(criterion.points()),
				format.points(criterion.maxPoints()));
		String detail;
		if (criterion.missing()) {
			detail = format.text("selection.breakdown.notAssessed");
		}
		else if (criterion.kind() == CriterionKind.AUTOMATIC) {
			detail = format.text("selection.breakdown.automatic", format.points(criterion.value()), criterion.max(),
					format.input(rules.get(criterion.code()), criterion.input()));
		}
		else {
			detail = format.text("selection.breakdown.reviewersMean", format.points(criterion.value()), criterion.max(),
					criterion.reviewers());
		}
		return new Line(criterion.label(), format.text("selection.breakdown.line", points, detail),
				criterion.disagreement());
	}

}
