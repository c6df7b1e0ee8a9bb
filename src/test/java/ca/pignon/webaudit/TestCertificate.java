package ca.pignon.webaudit;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for localhost and 127.0.0.1, made once per test run with the JDK's keytool: the test
 * sites serve it, and the audit under test trusts it (and nothing else is trusted differently).
 */
public final class TestCertificate {

	private static final char[] PASSWORD = "changeit".toCharArray();

	private static KeyStore keyStore;

	private TestCertificate() {
	}

	static synchronized KeyStore keyStore() throws Exception {
		if (keyStore == null) {
			Path dir = Files.createTempDirectory("pignon-webaudit-cert");
			Path file = dir.resolve("site.p12");
			String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
			Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "site", "-keyalg", "RSA", "-keysize",
					"2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
					"-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass",
					"changeit")
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException("keytool failed: " + output);
			}
			KeyStore store = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(file)) {
				store.load(in, PASSWORD);
			}
			keyStore = store;
		}
		return keyStore;
	}

	/** What the test sites serve. */
	static SSLContext serverContext() throws Exception {
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(keyStore(), PASSWORD);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), null, null);
		return context;
	}

	/** What the audit under test trusts: the test certificate only. */
	public static SSLContext trusted() {
		try {
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(keyStore());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
