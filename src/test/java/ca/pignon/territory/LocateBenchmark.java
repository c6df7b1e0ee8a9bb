package ca.pignon.territory;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.internal.PlainJtsLocator;

/**
 * {@code locate} over random points in a box 10 % larger on each side than the agglomeration, against the naive loop
 * ({@code Geometry.contains} on every polygon of the three layers, {@code Geometry.distance} to every boundary). Run
 * with {@code ./mvnw -Pbenchmarks test-compile exec:exec -Djmh.args="LocateBenchmark -f 2 -wi 3 -i 5 -w 2s -r 2s"};
 * results in docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LocateBenchmark {

	/** A power of two, to cycle through the points with a mask; enough to defeat the caches of a small index. */
	private static final int POINTS = 1 << 16;

	private TerritoryManagement territory;

	private PlainJtsLocator naive;

	private GeoPoint[] points;

	private int next;

	@Setup
	public void buildFromTheShippedFiles() {
		territory = TerritoryFixture.territory();
		naive = new PlainJtsLocator(TerritoryFixture.boundaries().boundaries());
		points = TerritoryFixture.randomPoints(new Random(20261127), POINTS, 0.1).toArray(GeoPoint[]::new);
	}

	@Benchmark
	public Location locate() {
		return territory.locate(points[next++ & (POINTS - 1)]);
	}

	@Benchmark
	public Location naiveLoop() {
		return naive.locate(points[next++ & (POINTS - 1)]);
	}

}
