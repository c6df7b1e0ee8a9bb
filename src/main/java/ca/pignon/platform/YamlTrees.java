package ca.pignon.platform;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * YAML as every versioned document's source is read: plain maps, lists and scalars only (no type tags), no duplicate
 * key, few aliases (a "billion laughs" source cannot blow up), and a syntax error with its line for the page to show.
 */
public final class YamlTrees {

	/** The source is not YAML: where (the line, 0 when unknown) and what the parser said. */
	public static final class Unreadable extends Exception {

		private final int line;

		private final String problem;

		Unreadable(int line, String problem) {
			super(problem, null, false, false);
			this.line = line;
			this.problem = problem;
		}

		public int line() {
			return line;
		}

		public String problem() {
			return problem;
		}

	}

	private YamlTrees() {
	}

	public static Object load(String source) throws Unreadable {
		try {
			var options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			return new Yaml(new SafeConstructor(options)).load(source);
		}
		catch (MarkedYAMLException ex) {
			throw new Unreadable(ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1,
					String.valueOf(ex.getProblem()));
		}
		catch (YAMLException ex) {
			throw new Unreadable(0, String.valueOf(ex.getMessage()));
		}
	}

}
