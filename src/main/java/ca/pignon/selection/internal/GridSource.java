package ca.pignon.selection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.YamlTrees;
import ca.pignon.platform.DocumentProblem;
import ca.pignon.platform.DocumentReading;
import ca.pignon.platform.SourceLines;
import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionGroup;
import ca.pignon.selection.CriterionKind;

/**
 * The grid as the text platform's store keeps of each version: YAML, one entry per criterion in the grid's order.
 * Strings are written double-quoted with JSON's escapes, exactly as PostgreSQL's {@code to_json} writes them, so that
 * the versions migrated from the old grid tables ({@code V20261207_1000__move_documents_to_platform_document.sql})
 * read the same as the versions written here.
 */
public final class GridSource {

	static final String HEADER = "# Grille de sélection : un critère par entrée, dans l’ordre de la grille "
			+ "(voir docs/selection.md).\n";

	private GridSource() {
	}

	/** The criteria as text; points tables in their normal form ({@link PointsTable#format}), labels stripped. */
	public static String write(List<CriterionDefinition> criteria) {
		StringBuilder yaml = new StringBuilder(HEADER).append("criteria:\n");
		for (CriterionDefinition criterion : criteria) {
			yaml.append("  - code: ").append(quoted(criterion.code())).append('\n');
			field(yaml, "group", criterion.group().name());
			field(yaml, "kind", criterion.kind().name());
			if (criterion.rule() != null) {
				field(yaml, "rule", criterion.rule().name());
			}
			String points = criterion.rule() == null || criterion.pointsTable() == null ? criterion.pointsTable()
					: PointsTable.parse(criterion.rule(), criterion.pointsTable(), criterion.max(), criterion.code())
						.format();
			text(yaml, "points", points);
			field(yaml, "weight", String.valueOf(criterion.weight()));
			field(yaml, "max", String.valueOf(criterion.max()));
			text(yaml, "labelFr", criterion.labelFr());
			text(yaml, "labelEn", criterion.labelEn());
			text(yaml, "helpFr", criterion.helpFr());
			text(yaml, "helpEn", criterion.helpEn());
		}
		return yaml.toString();
	}

	/** The criteria a text describes, or what is wrong with it (the grid's own rules are checked by the caller). */
	public static DocumentReading<List<CriterionDefinition>> read(String source) {
		Object root;
		try {
			root = YamlTrees.load(source);
		}
		catch (YamlTrees.Unreadable ex) {
			return refused(ex.line() > 0 ? ex.line() : null, "platform.documents.error.syntax", ex.problem());
		}
		if (!(root instanceof Map<?, ?> map) || !(map.get("criteria") instanceof List<?> list) || list.isEmpty()) {
			return refused(null, "selection.grid.source.noCriteria");
		}
		List<CriterionDefinition> criteria = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (!(list.get(i) instanceof Map<?, ?> entry)) {
				return refused(null, "selection.grid.source.invalid", i + 1, "code");
			}
			Object code = entry.get("code");
			Integer line = code instanceof String text ? SourceLines.lineOf(source, "code", text) : null;
			try {
				criteria.add(new CriterionDefinition(required(entry, "code"),
						named(CriterionGroup.class, entry, "group"), named(CriterionKind.class, entry, "kind"),
						entry.get("rule") == null ? null : named(AutomaticRule.class, entry, "rule"),
						optional(entry, "points"), number(entry, "weight"), number(entry, "max"),
						optional(entry, "labelFr"), optional(entry, "labelEn"), optional(entry, "helpFr"),
						optional(entry, "helpEn")));
			}
			catch (Invalid invalid) {
				return refused(line, "selection.grid.source.invalid", i + 1, invalid.field);
			}
		}
		return DocumentReading.of(List.copyOf(criteria));
	}

	/** A field missing or of the wrong type. */
	private static final class Invalid extends RuntimeException {

		private final String field;

		Invalid(String field) {
			super(field, null, false, false);
			this.field = field;
		}

	}

	private static @Nullable String optional(Map<?, ?> entry, String field) {
		Object value = entry.get(field);
		if (value != null && !(value instanceof String)) {
			throw new Invalid(field);
		}
		return (String) value;
	}

	private static String required(Map<?, ?> entry, String field) {
		String value = optional(entry, field);
		if (value == null) {
			throw new Invalid(field);
		}
		return value;
	}

	private static int number(Map<?, ?> entry, String field) {
		if (!(entry.get(field) instanceof Integer value)) {
			throw new Invalid(field);
		}
		return value;
	}

	private static <E extends Enum<E>> E named(Class<E> type, Map<?, ?> entry, String field) {
		try {
			return Enum.valueOf(type, required(entry, field));
		}
		catch (IllegalArgumentException ex) {
			throw new Invalid(field);
		}
	}

	private static DocumentReading<List<CriterionDefinition>> refused(@Nullable Integer line, String key,
			Object... arguments) {
		return DocumentReading.refused(List.of(DocumentProblem.at(line, key, arguments)));
	}

	private static void field(StringBuilder yaml, String name, String value) {
		yaml.append("    ").append(name).append(": ").append(value).append('\n');
	}

	private static void text(StringBuilder yaml, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			field(yaml, name, quoted(value.strip()));
		}
	}

	/** As PostgreSQL's {@code to_json(text)}: quotes, backslashes and control characters escaped, nothing else. */
	static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < ' ') {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

}
