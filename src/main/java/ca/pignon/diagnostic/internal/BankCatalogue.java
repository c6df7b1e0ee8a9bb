package ca.pignon.diagnostic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticRefused;
import ca.pignon.diagnostic.QuestionBank;

/**
 * The question bank's published versions, in {@code diagnostic_bank}: the shipped file becomes version 1 at first
 * start; managers publish the next ones. A version is parsed once and kept in memory, since it never changes.
 */
@Component
public class BankCatalogue {

	public static final String SHIPPED = "diagnostic/question-bank.yaml";

	public record Published(int version, String source, Instant publishedAt, String publishedBy, String note) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Integer, QuestionBank> parsed = new ConcurrentHashMap<>();

	BankCatalogue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Writes the shipped bank as version 1 when no version exists yet. */
	public void ensureShipped() {
		if (latestVersion().isPresent()) {
			return;
		}
		String source = shippedSource();
		var outcome = BankReader.read(source, 1);
		if (outcome.bank() == null) {
			throw new IllegalStateException("the shipped question bank is invalid: " + outcome.problems());
		}
		jdbc.sql("""
				INSERT INTO diagnostic_bank (version, source, checksum, note, published_at, published_by)
				VALUES (1, :source, :checksum, :note, :at, 'Pignon') ON CONFLICT (version) DO NOTHING""")
			.param("source", source)
			.param("checksum", checksum(source))
			.param("note", SHIPPED)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	public static String shippedSource() {
		try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + SHIPPED, ex);
		}
	}

	public Optional<Integer> latestVersion() {
		return jdbc.sql("SELECT max(version) FROM diagnostic_bank").query(Integer.class).optional();
	}

	public QuestionBank current() {
		ensureShipped();
		return bank(latestVersion().orElseThrow());
	}

	public QuestionBank bank(int version) {
		return parsed.computeIfAbsent(version, v -> {
			var outcome = BankReader.read(source(v), v);
			if (outcome.bank() == null) {
				throw new IllegalStateException("published bank " + v + " no longer reads: " + outcome.problems());
			}
			return outcome.bank();
		});
	}

	public String source(int version) {
		return jdbc.sql("SELECT source FROM diagnostic_bank WHERE version = :version")
			.param("version", version)
			.query(String.class)
			.optional()
			.orElseThrow(ca.pignon.platform.NotFound::new);
	}

	public List<Published> published() {
		return jdbc.sql("""
				SELECT version, source, published_at, published_by, coalesce(note, '') AS note
				FROM diagnostic_bank ORDER BY version DESC""")
			.query((rs, n) -> new Published(rs.getInt("version"), rs.getString("source"),
					rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"), rs.getString("note")))
			.list();
	}

	/** Publishes a new version; the caller has checked it. Two managers publishing at once get distinct versions. */
	public int publish(String source, String note, String by) {
		jdbc.sql("LOCK TABLE diagnostic_bank IN SHARE ROW EXCLUSIVE MODE").update();
		int version = latestVersion().orElse(0) + 1;
		var outcome = BankReader.read(source, version);
		if (outcome.bank() == null) {
			throw new DiagnosticRefused(outcome.problems());
		}
		jdbc.sql("""
				INSERT INTO diagnostic_bank (version, source, checksum, note, published_at, published_by)
				VALUES (:version, :source, :checksum, :note, :at, :by)""")
			.param("version", version)
			.param("source", source)
			.param("checksum", checksum(source))
			.param("note", note.isBlank() ? null : note)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", by)
			.update();
		return version;
	}

	static String checksum(String source) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
