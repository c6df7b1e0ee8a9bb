package ca.pignon.plan.internal;

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

import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.plan.ActionCatalogue;
import ca.pignon.plan.PlanRefused;
import ca.pignon.platform.NotFound;

/**
 * The action catalogue's published versions, in {@code plan_catalogue}: the shipped file becomes version 1 at first
 * use; managers publish the next ones. A version is parsed once and kept in memory, since it never changes.
 */
@Component
public class CatalogueShelf {

	public static final String SHIPPED = "plan/action-catalogue.yaml";

	public record Published(int version, Instant publishedAt, String publishedBy, String note) {
	}

	private final JdbcClient jdbc;

	private final DiagnosticManagement diagnostics;

	private final Clock clock;

	private final Map<Integer, ActionCatalogue> parsed = new ConcurrentHashMap<>();

	CatalogueShelf(JdbcClient jdbc, DiagnosticManagement diagnostics, Clock clock) {
		this.jdbc = jdbc;
		this.diagnostics = diagnostics;
		this.clock = clock;
	}

	public void ensureShipped() {
		if (latestVersion().isPresent()) {
			return;
		}
		String source = shippedSource();
		var outcome = CatalogueReader.read(source, 1, diagnostics.currentBank());
		if (outcome.catalogue() == null) {
			throw new IllegalStateException("the shipped action catalogue is invalid: " + outcome.problems());
		}
		jdbc.sql("""
				INSERT INTO plan_catalogue (version, source, checksum, note, published_at, published_by)
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
		return jdbc.sql("SELECT max(version) FROM plan_catalogue").query(Integer.class).optional();
	}

	public ActionCatalogue current() {
		ensureShipped();
		return catalogue(latestVersion().orElseThrow());
	}

	public ActionCatalogue catalogue(int version) {
		return parsed.computeIfAbsent(version, v -> {
			var outcome = CatalogueReader.read(source(v), v, diagnostics.currentBank());
			if (outcome.catalogue() == null) {
				throw new IllegalStateException("published catalogue " + v + " no longer reads: " + outcome.problems());
			}
			return outcome.catalogue();
		});
	}

	public String source(int version) {
		return jdbc.sql("SELECT source FROM plan_catalogue WHERE version = :version")
			.param("version", version)
			.query(String.class)
			.optional()
			.orElseThrow(NotFound::new);
	}

	public List<Published> published() {
		ensureShipped();
		return jdbc.sql("""
				SELECT version, published_at, published_by, coalesce(note, '') AS note
				FROM plan_catalogue ORDER BY version DESC""")
			.query((rs, n) -> new Published(rs.getInt("version"), rs.getTimestamp("published_at").toInstant(),
					rs.getString("published_by"), rs.getString("note")))
			.list();
	}

	/** Publishes a checked catalogue as the next version. Two managers publishing at once get distinct versions. */
	public int publish(String source, String note, String by) {
		ensureShipped();
		jdbc.sql("LOCK TABLE plan_catalogue IN SHARE ROW EXCLUSIVE MODE").update();
		int version = latestVersion().orElse(0) + 1;
		var outcome = CatalogueReader.read(source, version, diagnostics.currentBank());
		if (outcome.catalogue() == null) {
			throw new PlanRefused(outcome.problems());
		}
		jdbc.sql("""
				INSERT INTO plan_catalogue (version, source, checksum, note, published_at, published_by)
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
