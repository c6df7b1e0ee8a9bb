package ca.pignon.plan.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ca.pignon.plan.CatalogueAction;

/** The prerequisite graph of a catalogue: finding a cycle, so that a catalogue with one is refused when saved. */
final class Prerequisites {

	private Prerequisites() {
	}

	/** A cycle as the path of action ids that closes it (first id repeated at the end), or empty. */
	static List<String> cycle(Collection<CatalogueAction> actions) {
		Map<String, List<String>> edges = new TreeMap<>();
		actions.forEach(action -> edges.put(action.id(), action.requires()));
		Map<String, Integer> state = new HashMap<>();
		for (String start : edges.keySet()) {
			List<String> path = new ArrayList<>();
			if (visit(start, edges, state, path)) {
				return path;
			}
		}
		return List.of();
	}

	// depth first: 1 = on the current path, 2 = finished without a cycle
	private static boolean visit(String id, Map<String, List<String>> edges, Map<String, Integer> state,
			List<String> path) {
		Integer seen = state.get(id);
		if (seen != null && seen == 2) {
			return false;
		}
		if (seen != null && seen == 1) {
			List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
			cycle.add(id);
			path.clear();
			path.addAll(cycle);
			return true;
		}
		state.put(id, 1);
		path.add(id);
		for (String next : edges.getOrDefault(id, List.of())) {
			if (visit(next, edges, state, path)) {
				return true;
			}
		}
		path.remove(path.size() - 1);
		state.put(id, 2);
		return false;
	}

}
