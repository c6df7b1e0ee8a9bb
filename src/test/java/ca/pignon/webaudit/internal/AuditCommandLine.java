package ca.pignon.webaudit.internal;

import java.time.Clock;


/**
 * Audits the addresses given on the command line and prints one line per check (id, status, evidence key and
 * arguments), with the time each audit took: the harness behind the Lighthouse comparison of docs/performance.md.
 * Hosts 127.0.0.1 and localhost are allowed. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) ca.pignon.webaudit.internal.AuditCommandLine URL…}.
 */
public final class AuditCommandLine {

	private AuditCommandLine() {
	}

	public static void main(String[] args) {
		var auditor = new Auditor(WebAuditSettings.defaults().allowing("127.0.0.1:*", "localhost:*"), Resolver.SYSTEM,
				defaultTls(), Clock.systemUTC());
		for (String url : args) {
			long started = System.nanoTime();
			var outcome = auditor.audit(url, AuditSubject.none());
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.println("# " + url + " " + millis + " ms");
			for (Finding finding : outcome.findings()) {
				System.out.println(url + "\t" + finding.id() + "\t" + finding.status() + "\t" + finding.evidenceKey()
						+ "\t" + finding.arguments());
			}
		}
	}

	private static javax.net.ssl.SSLContext defaultTls() {
		try {
			return javax.net.ssl.SSLContext.getDefault();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
