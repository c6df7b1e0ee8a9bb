package ca.pignon.selection.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.intake.Actor;
import ca.pignon.platform.NotFound;
import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.Criterion;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionGroup;
import ca.pignon.selection.CriterionKind;
import ca.pignon.selection.Grid;
import ca.pignon.selection.SelectionRefused;

/**
 * The grid's versions: written once, never changed, read through a cache that can never be stale since versions are
 * immutable.
 */
@Component
public class GridCatalogue {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	static final int LABEL_MAX = 200;

	static final int HELP_MAX = 1000;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final Map<Integer, GridVersion> versions = new ConcurrentHashMap<>();

	GridCatalogue(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	public int currentVersion() {
		Integer current = jdbc.sql("SELECT max(version) FROM selection_grid").query(Integer.class).single();
		if (current == null) {
			throw new IllegalStateException("no selection grid: the shipped one is created at start-up");
		}
		return current;
	}

	public GridVersion current() {
		return version(currentVersion());
	}

	public GridVersion version(int version) {
		GridVersion known = versions.get(version);
		if (known != null) {
			return known;
		}
		GridVersion loaded = load(version).orElseThrow(NotFound::new);
		versions.put(version, loaded);
		return loaded;
	}

	public List<Integer> versions() {
		return jdbc.sql("SELECT version FROM selection_grid ORDER BY version").query(Integer.class).list();
	}

	/** Writes the shipped grid as version 1 when there is no grid at all; does nothing otherwise. */
	public void ensureDefault() {
		if (!versions().isEmpty()) {
			return;
		}
		// another instance starting at the same moment writes the same grid: only one of them does
		insert(1, DefaultGrid.CRITERIA, null, "Pignon", true);
	}

	/**
	 * Writes the next version.
	 * @param basedOn the version the manager edited: if another was written since, the change is refused
	 */
	public int revise(int basedOn, List<CriterionDefinition> criteria, Actor by) {
		validate(criteria);
		int current = currentVersion();
		if (current != basedOn) {
			throw new SelectionRefused("selection.refused.gridChanged", current);
		}
		try {
			insert(current + 1, criteria, by.accountId() == null ? null : by.accountId().value(), by.name(), false);
		}
		catch (DuplicateKeyException ex) {
			throw new SelectionRefused("selection.refused.gridChanged", current + 1);
		}
		return current + 1;
	}

	/** A version as people read it: labels in their language. */
	public Grid grid(GridVersion version, Locale locale) {
		int total = version.totalWeight();
		return new Grid(version.version(), version.createdAt(), version.createdBy(),
				version.criteria().stream().map(criterion -> view(criterion, total, locale)).toList());
	}

	public Criterion view(CriterionDefinition criterion, int totalWeight, Locale locale) {
		return new Criterion(criterion.code(), criterion.group(), criterion.kind(), criterion.rule(),
				criterion.pointsTable(), criterion.weight(), criterion.max(),
				Scores.maxPoints(criterion.weight(), totalWeight), label(criterion, locale), help(criterion, locale));
	}

	public String label(CriterionDefinition criterion, Locale locale) {
		if (criterion.hasOwnLabels()) {
			return english(locale) && criterion.labelEn() != null ? criterion.labelEn() : criterion.labelFr();
		}
		return messages.getMessage(criterion.labelKey(), null, criterion.code(), locale);
	}

	public String help(CriterionDefinition criterion, Locale locale) {
		if (criterion.hasOwnLabels()) {
			String help = english(locale) && criterion.helpEn() != null ? criterion.helpEn() : criterion.helpFr();
			return help == null ? "" : help;
		}
		return messages.getMessage(criterion.helpKey(), null, "", locale);
	}

	static void validate(List<CriterionDefinition> criteria) {
		if (criteria.isEmpty()) {
			throw new SelectionRefused("selection.grid.empty");
		}
		Set<String> codes = new HashSet<>();
		for (CriterionDefinition criterion : criteria) {
			String code = criterion.code();
			if (!CODE.matcher(code).matches()) {
				throw SelectionRefused.about(code, "selection.grid.code.invalid", code);
			}
			if (!codes.add(code)) {
				throw SelectionRefused.about(code, "selection.grid.code.duplicate", code);
			}
			if (criterion.weight() < 1 || criterion.weight() > 100) {
				throw SelectionRefused.about(code, "selection.grid.weight.invalid", code);
			}
			if (criterion.max() < 1 || criterion.max() > 10) {
				throw SelectionRefused.about(code, "selection.grid.max.invalid", code);
			}
			if (criterion.kind() == CriterionKind.AUTOMATIC) {
				if (criterion.rule() == null) {
					throw SelectionRefused.about(code, "selection.grid.rule.required", code);
				}
				PointsTable.parse(criterion.rule(), criterion.pointsTable(), criterion.max(), code);
			}
			else if (criterion.rule() != null || criterion.pointsTable() != null) {
				throw SelectionRefused.about(code, "selection.grid.rule.notForReviewers", code);
			}
			if (criterion.hasOwnLabels() || !DefaultGrid.isShipped(code)) {
				if (blank(criterion.labelFr()) || blank(criterion.labelEn())) {
					throw SelectionRefused.about(code, "selection.grid.labels.required", code);
				}
				if (criterion.labelFr().strip().length() > LABEL_MAX || criterion.labelEn().strip().length() > LABEL_MAX
						|| length(criterion.helpFr()) > HELP_MAX || length(criterion.helpEn()) > HELP_MAX) {
					throw SelectionRefused.about(code, "selection.grid.labels.tooLong", code);
				}
			}
		}
	}

	private void insert(int version, List<CriterionDefinition> criteria, @Nullable UUID byId, String byName,
			boolean ifAbsent) {
		int written = jdbc.sql("""
				INSERT INTO selection_grid (version, created_at, created_by_id, created_by_name)
				VALUES (:version, :at, :byId, :byName)""" + (ifAbsent ? " ON CONFLICT DO NOTHING" : ""))
			.param("version", version)
			.param("at", Timestamp.from(clock.instant()))
			.param("byId", byId)
			.param("byName", byName)
			.update();
		if (written == 0) {
			return;
		}
		int position = 0;
		for (CriterionDefinition criterion : criteria) {
			jdbc.sql("""
					INSERT INTO selection_criterion (grid_version, position, code, criterion_group, kind, rule,
					  points_table, weight, max_value, label_fr, label_en, help_fr, help_en)
					VALUES (:version, :position, :code, :group, :kind, :rule, :points, :weight, :max, :labelFr,
					  :labelEn, :helpFr, :helpEn)""")
				.param("version", version)
				.param("position", position++)
				.param("code", criterion.code())
				.param("group", criterion.group().name())
				.param("kind", criterion.kind().name())
				.param("rule", criterion.rule() == null ? null : criterion.rule().name())
				.param("points", criterion.pointsTable() == null ? null
						: PointsTable.parse(criterion.rule(), criterion.pointsTable(), criterion.max(), criterion.code())
							.format())
				.param("weight", criterion.weight())
				.param("max", criterion.max())
				.param("labelFr", strip(criterion.labelFr()))
				.param("labelEn", strip(criterion.labelEn()))
				.param("helpFr", strip(criterion.helpFr()))
				.param("helpEn", strip(criterion.helpEn()))
				.update();
		}
	}

	private Optional<GridVersion> load(int version) {
		return jdbc.sql("SELECT created_at, created_by_name FROM selection_grid WHERE version = :version")
			.param("version", version)
			.query((rs, row) -> new GridVersion(version, rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by_name"), criteria(version)))
			.optional();
	}

	private List<CriterionDefinition> criteria(int version) {
		return jdbc.sql("SELECT * FROM selection_criterion WHERE grid_version = :version ORDER BY position")
			.param("version", version)
			.query((rs, row) -> new CriterionDefinition(rs.getString("code"),
					CriterionGroup.valueOf(rs.getString("criterion_group")),
					CriterionKind.valueOf(rs.getString("kind")),
					rs.getString("rule") == null ? null : AutomaticRule.valueOf(rs.getString("rule")),
					rs.getString("points_table"), rs.getInt("weight"), rs.getInt("max_value"),
					rs.getString("label_fr"), rs.getString("label_en"), rs.getString("help_fr"),
					rs.getString("help_en")))
			.list();
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static int length(@Nullable String text) {
		return text == null ? 0 : text.strip().length();
	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
