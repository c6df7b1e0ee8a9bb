package ca.pignon.content.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ca.pignon.content.MonthlyFigures;
import ca.pignon.content.Network;
import ca.pignon.platform.Refused.Problem;

/**
 * A month's figures as typed: the month (YYYY-MM), then for each network of the calendar its followers, posts
 * published, reach and interactions. A network left wholly empty is not entered; one partly filled is refused.
 */
public class FiguresForm {

	private String month = "";

	private List<Row> rows = new ArrayList<>();

	/** One network's figures as typed. */
	public static class Row {

		private String network = "";

		private String followers = "";

		private String postsPublished = "";

		private String reach = "";

		private String interactions = "";

		public String getNetwork() {
			return network;
		}

		public void setNetwork(@Nullable String network) {
			this.network = network == null ? "" : network;
		}

		public String getFollowers() {
			return followers;
		}

		public void setFollowers(@Nullable String followers) {
			this.followers = followers == null ? "" : followers;
		}

		public String getPostsPublished() {
			return postsPublished;
		}

		public void setPostsPublished(@Nullable String postsPublished) {
			this.postsPublished = postsPublished == null ? "" : postsPublished;
		}

		public String getReach() {
			return reach;
		}

		public void setReach(@Nullable String reach) {
			this.reach = reach == null ? "" : reach;
		}

		public String getInteractions() {
			return interactions;
		}

		public void setInteractions(@Nullable String interactions) {
			this.interactions = interactions == null ? "" : interactions;
		}

		boolean blank() {
			return followers.isBlank() && postsPublished.isBlank() && reach.isBlank() && interactions.isBlank();
		}

	}

	/** An empty form for the month and networks, filled with what was entered before. */
	static FiguresForm of(YearMonth month, List<Network> networks, Map<Network, MonthlyFigures> entered) {
		FiguresForm form = new FiguresForm();
		form.month = month.toString();
		for (Network network : networks) {
			Row row = new Row();
			row.network = network.name();
			MonthlyFigures figures = entered.get(network);
			if (figures != null) {
				row.followers = String.valueOf(figures.followers());
				row.postsPublished = String.valueOf(figures.postsPublished());
				row.reach = String.valueOf(figures.reach());
				row.interactions = String.valueOf(figures.interactions());
			}
			form.rows.add(row);
		}
		return form;
	}

	/** The month typed, null (with its problem) when it does not read. */
	@Nullable YearMonth month(List<Problem> problems) {
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(Problem.about("month", "content.figures.month.invalid", month.strip()));
			return null;
		}
	}

	/** The figures typed for the month, each problem beside its field ({@code rows[i].followers}…). */
	List<MonthlyFigures> figures(YearMonth month, List<Problem> problems) {
		List<MonthlyFigures> figures = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Network network;
			try {
				network = Network.valueOf(row.network);
			}
			catch (IllegalArgumentException ex) {
				problems.add(Problem.about(null, "content.figures.network.notChosen"));
				continue;
			}
			if (row.blank()) {
				continue;
			}
			String prefix = "rows[" + i + "].";
			int before = problems.size();
			Long followers = count(prefix + "followers", row.followers, problems);
			Long posts = count(prefix + "postsPublished", row.postsPublished, problems);
			Long reach = count(prefix + "reach", row.reach, problems);
			Long interactions = count(prefix + "interactions", row.interactions, problems);
			if (problems.size() == before && followers != null && posts != null && reach != null
					&& interactions != null) {
				figures.add(new MonthlyFigures(month, network, followers, posts.intValue(), reach, interactions));
			}
		}
		if (figures.isEmpty() && problems.isEmpty()) {
			problems.add(Problem.about(null, "content.figures.nothing"));
		}
		return figures;
	}

	private static @Nullable Long count(String field, String typed, List<Problem> problems) {
		String text = typed.strip();
		if (text.isEmpty()) {
			problems.add(Problem.about(field, "content.figures.required"));
			return null;
		}
		Long value = ca.pignon.content.FiguresManagement.count(text);
		if (value == null) {
			problems.add(Problem.about(field, "content.figures.notNumber", text));
			return null;
		}
		if (value < 0) {
			problems.add(Problem.about(field, "content.figures.negative"));
			return null;
		}
		if (value > Integer.MAX_VALUE) {
			problems.add(Problem.about(field, "content.figures.tooLarge"));
			return null;
		}
		return value;
	}

	public String getMonth() {
		return month;
	}

	public void setMonth(@Nullable String month) {
		this.month = month == null ? "" : month;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

}
