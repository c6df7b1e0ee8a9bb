package ca.pignon.plan.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import ca.pignon.plan.ActionCatalogue;

/**
 * Drafting a plan from the full shipped catalogue for random completed diagnostics (every question answered, random
 * scores, goals and hours), and reading the shipped catalogue file. Run with
 * {@code ./mvnw -Pbenchmarks test-compile exec:exec -Djmh.args="DraftBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s"};
 * results in docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class DraftBenchmark {

	private static final int DIAGNOSTICS = 256;

	private ActionCatalogue catalogue;

	private List<DraftInputs> inputs;

	private String source;

	private int next;

	@Setup
	public void randomDiagnostics() {
		catalogue = Shipped.catalogue();
		source = CatalogueShelf.shippedSource();
		inputs = PlanDrafterTests.randomInputs(DIAGNOSTICS);
	}

	@Benchmark
	public Draft draftAPlan() {
		return PlanDrafter.draft(catalogue, inputs.get(next++ & (DIAGNOSTICS - 1)));
	}

	@Benchmark
	public Object readTheShippedCatalogue() {
		return CatalogueReader.read(source, 1, Shipped.bank()).catalogue();
	}

}
