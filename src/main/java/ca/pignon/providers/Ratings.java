package ca.pignon.providers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.AccountId;

/** The merchants' ratings of delivered work: {@code providers_rating}, one per brief. */
@Repository
class Ratings {

	private final JdbcClient jdbc;

	Ratings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the rating unless the brief has one already; false when it had. */
	boolean insert(BriefId brief, @Nullable ProviderId provider, RatingInput input, AccountId by, Instant now) {
		return jdbc.sql("""
				INSERT INTO providers_rating (brief_id, provider_id, on_time, on_budget, quality, recommend, comment,
				  delivered_url, rated_at, rated_by)
				VALUES (:brief, :provider, :onTime, :onBudget, :quality, :recommend, :comment, :url, :now, :by)
				ON CONFLICT (brief_id) DO NOTHING""")
			.param("brief", brief.value())
			.param("provider", provider == null ? null : provider.value())
			.param("onTime", input.onTime())
			.param("onBudget", input.onBudget())
			.param("quality", input.quality())
			.param("recommend", input.recommend())
			.param("comment", input.comment().strip())
			.param("url", input.deliveredUrl().isBlank() ? null : input.deliveredUrl().strip())
			.param("now", Timestamp.from(now))
			.param("by", by.value())
			.update() == 1;
	}

	Optional<Rating> of(BriefId brief) {
		return jdbc.sql("SELECT * FROM providers_rating WHERE brief_id = :brief")
			.param("brief", brief.value())
			.query(Ratings::rating)
			.optional();
	}

	List<Rating> ofProvider(ProviderId provider) {
		return jdbc.sql("SELECT * FROM providers_rating WHERE provider_id = :provider ORDER BY rated_at")
			.param("provider", provider.value())
			.query(Ratings::rating)
			.list();
	}

	private static Rating rating(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Rating(rs.getBoolean("on_time"), rs.getBoolean("on_budget"), rs.getInt("quality"),
				rs.getBoolean("recommend"), rs.getString("comment"), rs.getString("delivered_url"),
				rs.getTimestamp("rated_at").toInstant(), new AccountId(rs.getObject("rated_by", UUID.class)));
	}

}
