package ca.pignon.plan.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.YamlTrees;
import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.Choice;
import ca.pignon.diagnostic.LocalizedText;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.intake.Goal;
import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.CatalogueAction;
import ca.pignon.plan.Doer;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.plan.Resource;
import ca.pignon.plan.Trigger;

/**
 * Reads an action catalogue file (YAML, see {@code plan/action-catalogue.yaml}) into a catalogue or into the list of
 * what is wrong with it: a syntax error names its line, every other problem names the action at fault; a prerequisite
 * cycle names its path. Against a question bank, it also checks that every dimension, question and answer the actions
 * name exists there: what publishing checks; a published catalogue is read back without a bank, so that a bank
 * published later never makes it unreadable.
 */
public final class CatalogueReader {

	public static final int MAX_CHARACTERS = 400_000;

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

	public record Outcome(@Nullable ActionCatalogue catalogue, List<Problem> problems) {
	}

	/** The bank the catalogue's references are checked against; null to read the catalogue on its own. */
	private final @Nullable QuestionBank bank;

	private final List<Problem> problems = new ArrayList<>();

	private CatalogueReader(@Nullable QuestionBank bank) {
		this.bank = bank;
	}

	/** Reads a catalogue and checks what its actions name in the bank. */
	public static Outcome read(String source, int version, QuestionBank bank) {
		return new CatalogueReader(bank).parse(source, version);
	}

	/** Reads a catalogue on its own rules, without checking what its actions name in a bank. */
	public static Outcome read(String source, int version) {
		return new CatalogueReader(null).parse(source, version);
	}

	private Outcome parse(String source, int version) {
		if (source.isBlank()) {
			return failed("plan.catalogue.error.empty");
		}
		if (source.length() > MAX_CHARACTERS) {
			return failed("plan.catalogue.error.tooLarge", MAX_CHARACTERS);
		}
		Object root;
		try {
			root = YamlTrees.load(source);
		}
		catch (YamlTrees.Unreadable ex) {
			return failed("plan.catalogue.error.syntax", ex.line(), ex.problem());
		}
		if (!(root instanceof Map<?, ?> map) || !(map.get("actions") instanceof List<?> list) || list.isEmpty()) {
			return failed("plan.catalogue.error.noActions");
		}
		Map<String, CatalogueAction> actions = new LinkedHashMap<>();
		int position = 0;
		for (Object entry : list) {
			position++;
			if (!(entry instanceof Map<?, ?> fields)) {
				problem(null, "plan.catalogue.error.notAnAction", position);
				continue;
			}
			CatalogueAction action = action(fields, position);
			if (action != null) {
				if (actions.containsKey(action.id())) {
					problem(action.id(), "plan.catalogue.error.duplicate", action.id());
				}
				else {
					actions.put(action.id(), action);
				}
			}
		}
		for (CatalogueAction action : actions.values()) {
			for (String required : action.requires()) {
				if (required.equals(action.id())) {
					problem(action.id(), "plan.catalogue.error.selfRequired", action.id());
				}
				else if (!actions.containsKey(required)) {
					problem(action.id(), "plan.catalogue.error.unknownRequired", action.id(), required);
				}
			}
		}
		if (problems.isEmpty()) {
			List<String> cycle = Prerequisites.cycle(actions.values());
			if (!cycle.isEmpty()) {
				problem(cycle.get(0), "plan.catalogue.error.cycle", String.join(" → ", cycle));
			}
		}
		if (!problems.isEmpty()) {
			return new Outcome(null, List.copyOf(problems));
		}
		return new Outcome(new ActionCatalogue(version, List.copyOf(actions.values())), List.of());
	}

	private @Nullable CatalogueAction action(Map<?, ?> fields, int position) {
		int before = problems.size();
		String id = string(fields.get("id"));
		if (id == null || !ID.matcher(id).matches()) {
			problem(null, "plan.catalogue.error.badId", position, String.valueOf(fields.get("id")));
			return null;
		}
		String dimension = string(fields.get("dimension"));
		if (dimension == null || bank != null && bank.dimension(dimension).isEmpty()) {
			problem(id, "plan.catalogue.error.unknownDimension", id, String.valueOf(dimension));
		}
		LocalizedText title = text(id, "title", fields.get("title"));
		LocalizedText why = text(id, "why", fields.get("why"));
		LocalizedText indicator = text(id, "indicator", fields.get("indicator"));
		List<LocalizedText> steps = new ArrayList<>();
		if (fields.get("steps") instanceof List<?> list && !list.isEmpty()) {
			for (Object step : list) {
				steps.add(text(id, "steps", step));
			}
		}
		else {
			problem(id, "plan.catalogue.error.noSteps", id);
		}
		int hours = number(id, "hours", fields.get("hours"), 1, 200);
		int costMin = 0;
		int costMax = 0;
		if (fields.get("cost") instanceof Map<?, ?> cost) {
			costMin = number(id, "cost", cost.get("min"), 0, 100_000);
			costMax = number(id, "cost", cost.get("max"), 0, 100_000);
			if (costMin > costMax) {
				problem(id, "plan.catalogue.error.costRange", id);
			}
		}
		else {
			problem(id, "plan.catalogue.error.noCost", id);
		}
		int impact = number(id, "impact", fields.get("impact"), 1, 3);
		Doer doer = doer(id, fields.get("doer"));
		List<String> requires = strings(fields.get("requires"));
		List<Resource> resources = new ArrayList<>();
		if (fields.get("resources") instanceof List<?> list) {
			for (Object entry : list) {
				String url = entry instanceof Map<?, ?> resource ? string(resource.get("url")) : null;
				if (url != null && url.startsWith("https://") && url.length() <= 500) {
					resources.add(new Resource(text(id, "resources", ((Map<?, ?>) entry).get("title")), url));
				}
				else {
					problem(id, "plan.catalogue.error.badResource", id);
				}
			}
		}
		List<Trigger> triggers = new ArrayList<>();
		if (fields.get("triggers") instanceof List<?> list && !list.isEmpty()) {
			for (Object entry : list) {
				Trigger trigger = trigger(id, entry, false);
				if (trigger != null) {
					triggers.add(trigger);
				}
			}
		}
		else {
			problem(id, "plan.catalogue.error.noTriggers", id);
		}
		Trigger doneWhen = fields.get("doneWhen") == null ? null : trigger(id, fields.get("doneWhen"), true);
		if (problems.size() > before) {
			return null;
		}
		return new CatalogueAction(id, dimension, title, why, List.copyOf(steps), hours, costMin, costMax, impact,
				doer, requires, indicator, List.copyOf(resources), List.copyOf(triggers), doneWhen);
	}

	private @Nullable Trigger trigger(String id, Object entry, boolean answerOnly) {
		if (!(entry instanceof Map<?, ?> fields)) {
			problem(id, "plan.catalogue.error.badTrigger", id, String.valueOf(entry));
			return null;
		}
		String question = string(fields.get("question"));
		if (question != null) {
			Question q = bank == null ? null : bank.question(question).orElse(null);
			if (bank != null && q == null) {
				problem(id, "plan.catalogue.error.unknownQuestion", id, question);
				return null;
			}
			List<String> anyOf = strings(fields.get("anyOf"));
			List<String> lacks = answerOnly ? List.of() : strings(fields.get("lacks"));
			if (anyOf.isEmpty() == lacks.isEmpty()) {
				problem(id, "plan.catalogue.error.badTrigger", id, question);
				return null;
			}
			for (String value : anyOf.isEmpty() ? lacks : anyOf) {
				if (q != null && !validValue(q, value)) {
					problem(id, "plan.catalogue.error.unknownChoice", id, question, value);
				}
			}
			return new Trigger(question, anyOf, lacks, null, null, null);
		}
		if (answerOnly) {
			problem(id, "plan.catalogue.error.badTrigger", id, String.valueOf(entry));
			return null;
		}
		String dimension = string(fields.get("dimension"));
		if (dimension != null) {
			if (bank != null && bank.dimension(dimension).isEmpty()) {
				problem(id, "plan.catalogue.error.unknownDimension", id, dimension);
				return null;
			}
			int below = number(id, "below", fields.get("below"), 1, 100);
			return Trigger.score(dimension, below);
		}
		String goal = string(fields.get("goal"));
		if (goal != null) {
			try {
				return Trigger.goal(Goal.valueOf(goal));
			}
			catch (IllegalArgumentException ex) {
				problem(id, "plan.catalogue.error.unknownGoal", id, goal);
				return null;
			}
		}
		problem(id, "plan.catalogue.error.badTrigger", id, String.valueOf(entry));
		return null;
	}

	/** Whether an answer to this question can hold this value, so that a trigger can ever fire. */
	static boolean validValue(Question question, String value) {
		return switch (question.type()) {
			case SINGLE, MULTIPLE -> question.choices().stream().map(Choice::id).anyMatch(value::equals);
			case ALREADY_PLANNED_NO -> Set.of(Answer.ALREADY, Answer.PLANNED, Answer.NO).contains(value);
			case SCALE -> value.matches("[0-5]");
			case NUMBER -> value.matches("\\d{1,4}");
			case TEXT -> false;
		};
	}

	private @Nullable Doer doer(String id, Object value) {
		String text = string(value);
		if (text != null) {
			for (Doer doer : Doer.values()) {
				if (doer.name().equalsIgnoreCase(text)) {
					return doer;
				}
			}
		}
		problem(id, "plan.catalogue.error.badDoer", id, String.valueOf(value));
		return null;
	}

	private int number(String id, String field, Object value, int min, int max) {
		if (value instanceof Integer n && n >= min && n <= max) {
			return n;
		}
		problem(id, "plan.catalogue.error.badNumber", id, field, min, max);
		return min;
	}

	private LocalizedText text(String id, String field, Object value) {
		if (value instanceof Map<?, ?> map) {
			String fr = string(map.get("fr"));
			String en = string(map.get("en"));
			if (fr != null && en != null) {
				return new LocalizedText(fr, en);
			}
		}
		problem(id, "plan.catalogue.error.missingText", id, field);
		return new LocalizedText("", "");
	}

	private static List<String> strings(Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		Set<String> seen = new HashSet<>();
		List<String> values = new ArrayList<>();
		for (Object entry : list) {
			String text = string(entry);
			if (text != null && seen.add(text)) {
				values.add(text);
			}
		}
		return List.copyOf(values);
	}

	private static @Nullable String string(Object value) {
		if (value == null) {
			return null;
		}
		String text = value instanceof Boolean b ? (b ? "yes" : "no") : String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	private void problem(@Nullable String field, String key, Object... arguments) {
		problems.add(new Problem(field, key, List.of(arguments)));
	}

	private Outcome failed(String key, Object... arguments) {
		problem(null, key, arguments);
		return new Outcome(null, List.copyOf(problems));
	}

}
