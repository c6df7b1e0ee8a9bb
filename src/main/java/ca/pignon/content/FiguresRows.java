package ca.pignon.content;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/** The monthly figures' table, {@code content_figures}: one row per dossier, month and network. */
@Repository
class FiguresRows {

	private final JdbcClient jdbc;

	FiguresRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MonthlyFigures> of(ApplicationId application) {
		return jdbc.sql("SELECT * FROM content_figures WHERE application_id = :application ORDER BY month, network")
			.param("application", application.value())
			.query((rs, n) -> figures(rs))
			.list();
	}

	/** Every dossier's figures for one network and month, for the cohort's median. */
	Map<ApplicationId, MonthlyFigures> everyone(YearMonth month, Network network) {
		Map<ApplicationId, MonthlyFigures> all = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM content_figures WHERE month = :month AND network = :network")
			.param("month", Date.valueOf(month.atDay(1)))
			.param("network", network.name())
			.query((rs, n) -> {
				all.put(new ApplicationId(rs.getObject("application_id", java.util.UUID.class)), figures(rs));
				return null;
			})
			.list();
		return all;
	}

	void save(ApplicationId application, MonthlyFigures figures, AccountId by, Instant now) {
		jdbc.sql("""
				INSERT INTO content_figures (application_id, month, network, followers, posts_published, reach,
				  interactions, updated_at, updated_by)
				VALUES (:application, :month, :network, :followers, :posts, :reach, :interactions, :now, :by)
				ON CONFLICT (application_id, month, network) DO UPDATE SET followers = :followers,
				  posts_published = :posts, reach = :reach, interactions = :interactions, updated_at = :now,
				  updated_by = :by""")
			.param("application", application.value())
			.param("month", Date.valueOf(figures.month().atDay(1)))
			.param("network", figures.network().name())
			.param("followers", figures.followers())
			.param("posts", figures.postsPublished())
			.param("reach", figures.reach())
			.param("interactions", figures.interactions())
			.param("now", Timestamp.from(now))
			.param("by", by.value())
			.update();
	}

	private static MonthlyFigures figures(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new MonthlyFigures(YearMonth.from(rs.getDate("month").toLocalDate()),
				Network.valueOf(rs.getString("network")), rs.getLong("followers"), rs.getInt("posts_published"),
				rs.getLong("reach"), rs.getLong("interactions"));
	}

}
