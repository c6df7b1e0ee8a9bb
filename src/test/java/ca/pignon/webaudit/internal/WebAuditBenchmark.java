package ca.pignon.webaudit.internal;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import ca.pignon.webaudit.FixtureSite;

/**
 * One whole audit of the complete test site on loopback (home page, robots.txt, sitemap.xml, three linked pages, the
 * icon and four resources: 11 requests, all 21 checks): its time on one thread, and audits per second with four at
 * once, the default {@code pignon.webaudit.concurrency}. Run with
 * {@code ./mvnw -Pbenchmarks test-compile exec:exec -Djmh.args="WebAuditBenchmark -f 1 -wi 3 -i 5 -w 3s -r 5s"};
 * results in docs/performance.md.
 */
@State(Scope.Benchmark)
public class WebAuditBenchmark {

	private FixtureSite site;

	private Auditor auditor;

	private String url;

	@Setup(Level.Trial)
	public void startTheSite() {
		site = FixtureSite.http("complete");
		auditor = Audits.with(WebAuditSettings.defaults().allowing("127.0.0.1:*"));
		url = site.url("/");
	}

	@TearDown(Level.Trial)
	public void stopTheSite() {
		site.close();
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Threads(1)
	public Auditor.Outcome oneAudit() {
		return auditor.audit(url, Audits.FAUBOURG);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Threads(4)
	public Auditor.Outcome fourAtOnce() {
		return auditor.audit(url, Audits.FAUBOURG);
	}

}
