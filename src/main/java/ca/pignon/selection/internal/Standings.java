package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.DecisionStatus;

/**
 * Candidates' scores as last computed, and the reviewers' values they are computed from. A standing is a cache:
 * what the candidate's stored inputs, its counted reviews and the round's grid version give, rewritten whenever a
 * review counts or stops counting. The ranking reads it, so that ranking thousands of applications is one query.
 */
@Component
public class Standings {

	/** What the ranking needs of a candidate. */
	public record Row(UUID candidateId, ApplicationId applicationId, long version, String businessName,
			@Nullable String areaName, Instant submittedAt, @Nullable DecisionStatus decision,
			@Nullable Integer waitlistPosition, @Nullable String advisorName, BigDecimal total, BigDecimal engagement,
			BigDecimal impact, boolean complete, boolean flagged, int gridVersion, int reviewers, int submitted) {

		Ranker.Key key() {
			return new Ranker.Key(applicationId, total, engagement, submittedAt);
		}

		Row withReviewers(int reviewers, int submitted) {
			return new Row(candidateId, applicationId, version, businessName, areaName, submittedAt, decision,
					waitlistPosition, advisorName, total, engagement, impact, complete, flagged, gridVersion, reviewers,
					submitted);
		}

	}

	private final JdbcClient jdbc;

	private final MerchantFacts merchants;

	Standings(JdbcClient jdbc, MerchantFacts merchants) {
		this.jdbc = jdbc;
		this.merchants = merchants;
	}

	/** The rows with the business's name, the dossier's. */
	private List<Row> named(List<Row> rows) {
		var facts = merchants.of(rows.stream().map(Row::applicationId).toList());
		return rows.stream()
			.map(row -> new Row(row.candidateId(), row.applicationId(), row.version(),
					MerchantFacts.name(facts, row.applicationId()), row.areaName(), row.submittedAt(), row.decision(), row.waitlistPosition(), row.advisorName(), row.total(),
					row.engagement(), row.impact(), row.complete(), row.flagged(), row.gridVersion(), row.reviewers(),
					row.submitted()))
			.toList();
	}

	/** Rewrites a candidate's standing (written first when the candidate entered the round). */
	void store(UUID candidate, ScoreCalculator.Computation score, Instant at) {
		jdbc.sql("""
				UPDATE selection_standing SET grid_version = :grid, total = :total, engagement = :engagement,
				  impact = :impact, complete = :complete, flagged = :flagged, computed_at = :at
				WHERE candidate_id = :candidate""")
			.param("candidate", candidate)
			.param("grid", score.gridVersion())
			.param("total", score.total())
			.param("engagement", score.engagement())
			.param("impact", score.impact())
			.param("complete", score.complete())
			.param("flagged", score.flagged())
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Follows the candidate's eligibility: only eligible candidates are ranked. */
	void eligible(UUID candidate, boolean eligible) {
		jdbc.sql("UPDATE selection_standing SET eligible = :eligible WHERE candidate_id = :candidate")
			.param("eligible", eligible)
			.param("candidate", candidate)
			.update();
	}

	/** Holds the candidate's standing until the transaction ends, so that two reviews counted at once both count. */
	void lock(UUID candidate) {
		jdbc.sql("SELECT candidate_id FROM selection_standing WHERE candidate_id = :candidate FOR UPDATE")
			.param("candidate", candidate)
			.query(UUID.class)
			.optional();
	}

	@Nullable Boolean flagged(UUID candidate) {
		return jdbc.sql("SELECT flagged FROM selection_standing WHERE candidate_id = :candidate")
			.param("candidate", candidate)
			.query(Boolean.class)
			.optional()
			.orElse(null);
	}

	private static Row row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), new ApplicationId(rs.getObject("application_id", UUID.class)),
				rs.getLong("version"), "", rs.getString("area_name"),
				rs.getTimestamp("submitted_at").toInstant(),
				rs.getString("decision") == null ? null : DecisionStatus.valueOf(rs.getString("decision")),
				(Integer) rs.getObject("waitlist_position"), rs.getString("advisor_name"), rs.getBigDecimal("total"),
				rs.getBigDecimal("engagement"), rs.getBigDecimal("impact"), rs.getBoolean("complete"),
				rs.getBoolean("flagged"), rs.getInt("grid_version"), rs.getInt("reviewers"), rs.getInt("submitted"));
	}

	/** Every eligible candidate of a round with its standing. */
	List<Row> rowsOf(UUID round) {
		return jdbc.sql("""
				SELECT c.id, c.application_id, c.version, c.area_name, c.submitted_at, c.decision,
				  c.waitlist_position, c.advisor_name, s.total, s.engagement, s.impact, s.complete, s.flagged,
				  s.grid_version, coalesce(r.reviewers, 0) AS reviewers, coalesce(r.submitted, 0) AS submitted
				FROM selection_candidate c
				JOIN selection_standing s ON s.candidate_id = c.id
				LEFT JOIN (SELECT candidate_id,
				    count(*) FILTER (WHERE assigned AND conflict_declared_at IS NULL) AS reviewers,
				    count(*) FILTER (WHERE assigned AND conflict_declared_at IS NULL AND submitted_at IS NOT NULL)
				      AS submitted
				  FROM selection_review WHERE round_id = :round GROUP BY candidate_id) r ON r.candidate_id = c.id
				WHERE c.round_id = :round AND c.eligible""")
			.param("round", round)
			.query(Standings::row)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), this::named));
	}

	/**
	 * Part of a round's ranking, read in ranking order from the ranking index: the rows from position {@code from}
	 * (0 for the first) and the row before them, the number of rows, the cut-off total, and how many rows share each
	 * total of the part. Reads a few rows, not the whole ranking.
	 */
	public record Window(List<Row> rows, int start, int total, @Nullable BigDecimal cutOff,
			Map<BigDecimal, Integer> sameTotal) {
	}

	static final String RANKING_ORDER = "ORDER BY s.total DESC, s.engagement DESC, s.submitted_at, s.application_id";

	/**
	 * Where an eligible application stands in its round's ranking, counted from 0; empty when it is not ranked. Counts
	 * the standings ahead of it on the ranking index, in the ranking's order.
	 */
	Optional<Integer> position(UUID round, UUID application) {
		return jdbc.sql("""
				SELECT count(s.candidate_id) FROM selection_standing me
				LEFT JOIN selection_standing s ON s.round_id = me.round_id AND s.eligible
				  AND (s.total > me.total OR (s.total = me.total AND (s.engagement > me.engagement
				    OR (s.engagement = me.engagement AND (s.submitted_at < me.submitted_at
				      OR (s.submitted_at = me.submitted_at AND s.application_id < me.application_id))))))
				WHERE me.round_id = :round AND me.application_id = :application AND me.eligible
				GROUP BY me.candidate_id""")
			.param("round", round)
			.param("application", application)
			.query(Integer.class)
			.optional();
	}

	Window window(UUID round, int from, int size, int places) {
		int start = Math.max(0, from - 1);
		int total = jdbc.sql("SELECT count(*) FROM selection_standing s WHERE s.round_id = :round AND s.eligible")
			.param("round", round)
			.query(Integer.class)
			.single();
		// the page is read from the ranking index alone (it includes every column of a standing the page shows), then
		// only its 50 candidates are joined: a join of every row before the page, then a sort of all of them, cost
		// 50-100 ms on the last pages of 10,000, and a join with the standings was planned as a scan of all of them
		List<Row> rows = jdbc.sql("""
				SELECT c.id, c.application_id, c.version, c.area_name, c.submitted_at, c.decision,
				  c.waitlist_position, c.advisor_name, page.total, page.engagement, page.impact, page.complete,
				  page.flagged, page.grid_version, 0 AS reviewers, 0 AS submitted
				FROM (SELECT s.candidate_id, s.total, s.engagement, s.impact, s.complete, s.flagged, s.grid_version,
				    s.submitted_at, s.application_id
				  FROM selection_standing s WHERE s.round_id = :round AND s.eligible
				""" + RANKING_ORDER + """
				 OFFSET :start LIMIT :limit) page
				JOIN selection_candidate c ON c.id = page.candidate_id
				ORDER BY page.total DESC, page.engagement DESC, page.submitted_at, page.application_id""")
			.param("round", round)
			.param("start", start)
			.param("limit", size + (from - start))
			.query(Standings::row)
			.list();
		rows = named(rows);
		BigDecimal cutOff = places > 0 && total > places ? jdbc.sql("""
				SELECT s.total FROM selection_standing s WHERE s.round_id = :round AND s.eligible
				""" + RANKING_ORDER + " OFFSET :offset LIMIT 1")
			.param("round", round)
			.param("offset", places - 1)
			.query(BigDecimal.class)
			.single() : null;
		Map<BigDecimal, Integer> sameTotal = new java.util.TreeMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("""
					SELECT s.total, count(*) AS n FROM selection_standing s
					WHERE s.round_id = :round AND s.eligible AND s.total IN (:totals) GROUP BY s.total""")
				.param("round", round)
				.param("totals", rows.stream().map(Row::total).distinct().toList())
				.query(rs -> {
					sameTotal.put(rs.getBigDecimal("total"), rs.getInt("n"));
				});
		}
		return new Window(rows, start, total, cutOff, sameTotal);
	}

	/** Reviewers assigned (without conflict) and, of them, those who submitted, for some candidates. */
	Map<UUID, int[]> reviewerCounts(Collection<UUID> candidates) {
		Map<UUID, int[]> counts = new HashMap<>();
		if (candidates.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				SELECT candidate_id,
				  count(*) FILTER (WHERE assigned AND conflict_declared_at IS NULL) AS reviewers,
				  count(*) FILTER (WHERE assigned AND conflict_declared_at IS NULL AND submitted_at IS NOT NULL) AS submitted
				FROM selection_review WHERE candidate_id IN (:candidates) GROUP BY candidate_id""")
			.param("candidates", List.copyOf(candidates))
			.query(rs -> {
				counts.put(rs.getObject("candidate_id", UUID.class),
						new int[] { rs.getInt("reviewers"), rs.getInt("submitted") });
			});
		return counts;
	}

	/** For each candidate, each reviewer criterion's values from the reviews that count. */
	Map<UUID, Map<String, List<Integer>>> countedValues(Collection<UUID> candidates) {
		if (candidates.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Map<String, List<Integer>>> values = new HashMap<>();
		List<UUID> ids = new ArrayList<>(candidates);
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql("""
					SELECT r.candidate_id, s.criterion_code, s.value
					FROM selection_review r JOIN selection_review_score s ON s.review_id = r.id
					WHERE r.candidate_id IN (:candidates) AND r.submitted_at IS NOT NULL
					  AND r.conflict_declared_at IS NULL
					ORDER BY r.candidate_id, s.criterion_code, r.reviewer_id""")
				.param("candidates", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query(rs -> {
					values.computeIfAbsent(rs.getObject("candidate_id", UUID.class), id -> new LinkedHashMap<>())
						.computeIfAbsent(rs.getString("criterion_code"), code -> new ArrayList<>())
						.add(rs.getInt("value"));
				});
		}
		return values;
	}

	/** The counted values of every candidate of a round, in one query. */
	Map<UUID, Map<String, List<Integer>>> countedValuesOfRound(UUID round) {
		Map<UUID, Map<String, List<Integer>>> values = new HashMap<>();
		jdbc.sql("""
				SELECT r.candidate_id, s.criterion_code, s.value
				FROM selection_review r JOIN selection_review_score s ON s.review_id = r.id
				WHERE r.round_id = :round AND r.submitted_at IS NOT NULL AND r.conflict_declared_at IS NULL
				ORDER BY r.candidate_id, s.criterion_code, r.reviewer_id""")
			.param("round", round)
			.query(rs -> {
				values.computeIfAbsent(rs.getObject("candidate_id", UUID.class), id -> new LinkedHashMap<>())
					.computeIfAbsent(rs.getString("criterion_code"), code -> new ArrayList<>())
					.add(rs.getInt("value"));
			});
		return values;
	}

}
