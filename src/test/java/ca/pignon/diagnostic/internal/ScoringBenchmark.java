package ca.pignon.diagnostic.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.diagnostic.Scores;

/**
 * Scoring a whole diagnostic of the shipped bank (skip logic, every dimension, the overall score) from random answers,
 * and reading the shipped bank file. Run with
 * {@code ./mvnw -Pbenchmarks test-compile exec:exec -Djmh.args="ScoringBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s"};
 * results in docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ScoringBenchmark {

	private static final int DIAGNOSTICS = 1024;

	private QuestionBank bank;

	private String source;

	private List<Map<String, Answer>> answers;

	private int next;

	@Setup
	public void randomDiagnostics() {
		source = BankCatalogue.shippedSource();
		bank = BankReader.read(source, 1).bank();
		var random = new Random(20261128);
		answers = new java.util.ArrayList<>();
		for (int i = 0; i < DIAGNOSTICS; i++) {
			Map<String, Answer> one = new LinkedHashMap<>();
			for (Question question : bank.questions()) {
				List<String> values = switch (question.type()) {
					case SINGLE, MULTIPLE -> List.of(question.choices().get(random.nextInt(question.choices().size())).id());
					case SCALE -> List.of(String.valueOf(random.nextInt(6)));
					case ALREADY_PLANNED_NO -> List.of(List.of(Answer.ALREADY, Answer.PLANNED, Answer.NO).get(random.nextInt(3)));
					case NUMBER -> List.of(String.valueOf(random.nextInt(10)));
					case TEXT -> List.of("Texte");
				};
				one.put(question.id(), new Answer(question.id(), values));
			}
			answers.add(one);
		}
	}

	@Benchmark
	public Scores scoreADiagnostic() {
		return Scoring.score(bank, answers.get(next++ & (DIAGNOSTICS - 1)));
	}

	@Benchmark
	public Object readTheShippedBank() {
		return BankReader.read(source, 1).bank();
	}

}
