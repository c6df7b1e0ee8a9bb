package ca.pignon.diagnostic.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.YamlTrees;
import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.Band;
import ca.pignon.diagnostic.Choice;
import ca.pignon.diagnostic.Condition;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.diagnostic.Dimension;
import ca.pignon.diagnostic.LocalizedText;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.diagnostic.QuestionType;

/**
 * Reads a question bank file (YAML, see {@code diagnostic/question-bank.yaml}) into a bank, or into the list of what
 * is wrong with it: a syntax error names its line, every other problem names the dimension or question at fault, so
 * that a manager can fix the file they uploaded.
 */
public final class BankReader {

	/** Big enough for ten times the shipped bank; a larger upload is a mistake. */
	public static final int MAX_CHARACTERS = 400_000;

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

	public record Outcome(@Nullable QuestionBank bank, List<Problem> problems) {
	}

	private final List<Problem> problems = new ArrayList<>();

	private final Set<String> ids = new HashSet<>();

	private final Map<String, Question> earlier = new HashMap<>();

	private BankReader() {
	}

	public static Outcome read(String source, int version) {
		return new BankReader().parse(source, version);
	}

	private Outcome parse(String source, int version) {
		if (source.isBlank()) {
			return failed("diagnostic.bank.error.empty");
		}
		if (source.length() > MAX_CHARACTERS) {
			return failed("diagnostic.bank.error.tooLarge", MAX_CHARACTERS);
		}
		Object root;
		try {
			root = YamlTrees.load(source);
		}
		catch (YamlTrees.Unreadable ex) {
			return failed("diagnostic.bank.error.syntax", ex.line(), ex.problem());
		}
		if (!(root instanceof Map<?, ?> map) || !(map.get("dimensions") instanceof List<?> list) || list.isEmpty()) {
			return failed("diagnostic.bank.error.noDimensions");
		}
		List<Dimension> dimensions = new ArrayList<>();
		int position = 0;
		for (Object item : list) {
			position++;
			Dimension dimension = dimension(item, position);
			if (dimension != null) {
				dimensions.add(dimension);
			}
		}
		return problems.isEmpty() ? new Outcome(new QuestionBank(version, List.copyOf(dimensions)), List.of())
				: new Outcome(null, List.copyOf(problems));
	}

	private Outcome failed(String key, Object... arguments) {
		problem(key, arguments);
		return new Outcome(null, List.copyOf(problems));
	}

	private void problem(String key, Object... arguments) {
		problems.add(new Problem("source", key, List.of(arguments)));
	}

	private @Nullable Dimension dimension(Object item, int position) {
		if (!(item instanceof Map<?, ?> map)) {
			problem("diagnostic.bank.error.notAMap", "dimension " + position);
			return null;
		}
		String id = id(map, "dimension " + position);
		String where = "dimension " + (id == null ? position : id);
		BigDecimal weight = weight(map, where);
		LocalizedText title = text(map, "title", where, true);
		LocalizedText intro = text(map, "intro", where, true);
		LocalizedText strength = text(map, "strength", where, true);
		LocalizedText gap = text(map, "gap", where, true);
		List<Question> questions = new ArrayList<>();
		if (!(map.get("questions") instanceof List<?> list) || list.isEmpty()) {
			problem("diagnostic.bank.error.missing", where, "questions");
		}
		else {
			int index = 0;
			for (Object q : list) {
				index++;
				Question question = question(q, id == null ? "?" : id, where + ", question " + index);
				if (question != null) {
					questions.add(question);
					earlier.put(question.id(), question);
				}
			}
			if (questions.stream().noneMatch(question -> question.type().scored())) {
				problem("diagnostic.bank.error.noScoredQuestion", where);
			}
		}
		if (id == null || title == null || intro == null || strength == null || gap == null) {
			return null;
		}
		return new Dimension(id, weight, title, intro, strength, gap, List.copyOf(questions));
	}

	private @Nullable Question question(Object item, String dimensionId, String position) {
		if (!(item instanceof Map<?, ?> map)) {
			problem("diagnostic.bank.error.notAMap", position);
			return null;
		}
		String id = id(map, position);
		String where = id == null ? position : "question " + id;
		String typeName = string(map.get("type"));
		QuestionType type = typeName == null ? null : QuestionType.fromBank(typeName).orElse(null);
		if (type == null) {
			problem("diagnostic.bank.error.unknownType", where, typeName == null ? "" : typeName);
		}
		LocalizedText text = text(map, "text", where, true);
		LocalizedText help = text(map, "help", where, false);
		LocalizedText unit = text(map, "unit", where, false);
		BigDecimal weight = weight(map, where);
		Object requiredValue = map.get("required");
		boolean required = requiredValue instanceof Boolean flag ? flag : type != null && type.scored();
		List<Choice> choices = choices(map, where, type);
		Integer cap = integer(map, "cap", where);
		List<Band> bands = bands(map, where, type);
		BigDecimal min = decimal(map, "min", where);
		BigDecimal max = decimal(map, "max", where);
		Condition condition = condition(map, where);
		List<String> checks = strings(map.get("auditCheck"));
		if (type == QuestionType.MULTIPLE && cap != null && cap <= 0) {
			problem("diagnostic.bank.error.cap", where);
		}
		if (id == null || type == null || text == null) {
			return null;
		}
		return new Question(id, dimensionId, type, text, help, weight, required, condition, choices, cap, bands, min,
				max, unit, checks);
	}

	private List<Choice> choices(Map<?, ?> map, String where, @Nullable QuestionType type) {
		boolean needed = type == QuestionType.SINGLE || type == QuestionType.MULTIPLE;
		if (!(map.get("choices") instanceof List<?> list)) {
			if (needed) {
				problem("diagnostic.bank.error.noChoices", where);
			}
			return List.of();
		}
		if (!needed) {
			problem("diagnostic.bank.error.unexpectedChoices", where);
			return List.of();
		}
		List<Choice> choices = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Object item : list) {
			if (!(item instanceof Map<?, ?> choice)) {
				problem("diagnostic.bank.error.notAMap", where + ", choice");
				continue;
			}
			String id = string(choice.get("id"));
			if (id == null || !ID.matcher(id).matches()) {
				problem("diagnostic.bank.error.choiceId", where, id == null ? "" : id);
				continue;
			}
			if (!seen.add(id)) {
				problem("diagnostic.bank.error.duplicateChoice", where, id);
			}
			Integer points = integer(choice, "points", where + ", choice " + id);
			LocalizedText text = text(choice, "text", where + ", choice " + id, true);
			if (points == null || points < 0) {
				problem("diagnostic.bank.error.points", where, id);
				continue;
			}
			if (text != null) {
				choices.add(new Choice(id, points, Boolean.TRUE.equals(choice.get("exclusive")),
						Boolean.TRUE.equals(choice.get("notApplicable")), text));
			}
		}
		if (choices.size() < 2) {
			problem("diagnostic.bank.error.noChoices", where);
		}
		else if (choices.stream().noneMatch(choice -> choice.points() > 0)) {
			problem("diagnostic.bank.error.noPoints", where);
		}
		return List.copyOf(choices);
	}

	private List<Band> bands(Map<?, ?> map, String where, @Nullable QuestionType type) {
		if (type != QuestionType.NUMBER) {
			return List.of();
		}
		if (!(map.get("bands") instanceof List<?> list) || list.isEmpty()) {
			problem("diagnostic.bank.error.bands", where);
			return List.of();
		}
		List<Band> bands = new ArrayList<>();
		for (Object item : list) {
			BigDecimal from = item instanceof Map<?, ?> band ? decimal(band, "from", where) : null;
			Integer points = item instanceof Map<?, ?> band ? integer(band, "points", where) : null;
			if (from != null && points != null && points >= 0 && points <= 100
					&& (bands.isEmpty() || from.compareTo(bands.get(bands.size() - 1).from()) > 0)) {
				bands.add(new Band(from, points));
			}
			else {
				problem("diagnostic.bank.error.bands", where);
				return List.of();
			}
		}
		if (bands.stream().noneMatch(band -> band.points() > 0)) {
			problem("diagnostic.bank.error.bands", where);
		}
		return List.copyOf(bands);
	}

	private @Nullable Condition condition(Map<?, ?> map, String where) {
		if (!(map.get("showWhen") instanceof Map<?, ?> when)) {
			if (map.containsKey("showWhen")) {
				problem("diagnostic.bank.error.notAMap", where + ", showWhen");
			}
			return null;
		}
		String target = string(when.get("question"));
		List<String> values = strings(when.get("anyOf"));
		Question referred = target == null ? null : earlier.get(target);
		if (referred == null || !(referred.type() == QuestionType.SINGLE || referred.type() == QuestionType.MULTIPLE
				|| referred.type() == QuestionType.ALREADY_PLANNED_NO)) {
			problem("diagnostic.bank.error.condition", where, target == null ? "" : target);
			return null;
		}
		if (values.isEmpty()) {
			problem("diagnostic.bank.error.conditionValue", where, "", target);
			return null;
		}
		for (String value : values) {
			boolean known = referred.type() == QuestionType.ALREADY_PLANNED_NO
					? List.of(Answer.ALREADY, Answer.PLANNED, Answer.NO).contains(value)
					: referred.choice(value).isPresent();
			if (!known) {
				problem("diagnostic.bank.error.conditionValue", where, value, target);
			}
		}
		return new Condition(target, values);
	}

	private @Nullable String id(Map<?, ?> map, String where) {
		String id = string(map.get("id"));
		if (id == null) {
			problem("diagnostic.bank.error.missing", where, "id");
			return null;
		}
		if (!ID.matcher(id).matches()) {
			problem("diagnostic.bank.error.idFormat", id);
			return null;
		}
		if (!ids.add(id)) {
			problem("diagnostic.bank.error.duplicateId", id);
		}
		return id;
	}

	private BigDecimal weight(Map<?, ?> map, String where) {
		if (!map.containsKey("weight")) {
			return BigDecimal.ONE;
		}
		BigDecimal weight = decimal(map, "weight", where);
		if (weight == null || weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
			problem("diagnostic.bank.error.weight", where);
			return BigDecimal.ONE;
		}
		return weight;
	}

	private @Nullable LocalizedText text(Map<?, ?> map, String key, String where, boolean required) {
		Object value = map.get(key);
		if (value == null) {
			if (required) {
				problem("diagnostic.bank.error.missing", where, key);
			}
			return null;
		}
		String fr = value instanceof Map<?, ?> text ? string(text.get("fr")) : null;
		String en = value instanceof Map<?, ?> text ? string(text.get("en")) : null;
		if (fr != null && en != null && !fr.isBlank() && !en.isBlank()) {
			return new LocalizedText(fr.strip(), en.strip());
		}
		problem("diagnostic.bank.error.text", where, key);
		return null;
	}

	private @Nullable BigDecimal decimal(Map<?, ?> map, String key, String where) {
		Object value = map.get(key);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(String.valueOf(value));
		}
		catch (NumberFormatException ex) {
			problem("diagnostic.bank.error.number", where, key);
			return null;
		}
	}

	private @Nullable Integer integer(Map<?, ?> map, String key, String where) {
		Object value = map.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Integer number) {
			return number;
		}
		problem("diagnostic.bank.error.number", where, key);
		return null;
	}

	private static @Nullable String string(@Nullable Object value) {
		return value instanceof String || value instanceof Number ? String.valueOf(value) : null;
	}

	private static List<String> strings(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(BankReader::string).filter(java.util.Objects::nonNull).map(String::valueOf).toList();
		}
		String single = string(value);
		return single == null ? List.of() : List.of(single);
	}

}
