package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ca.pignon.shared.AccountId;

/**
 * Versioned documents that managers publish (the question bank, the action catalogue, the selection grid), all in
 * {@code platform_document}: every version kept as its source, never changed (a trigger refuses it), read once and
 * kept in memory. Each module declares its kind ({@link DocumentKind}); this is the only place that stores them.
 * <p>
 * Publishing checks a version against the kinds it refers to and against the published versions that refer to its
 * kind; reading a published version checks nothing but its own rules, so a version that was published stays readable.
 * Reads join the caller's transaction and open none: a version already read costs a map lookup (scoring a round reads
 * the grid for every candidate).
 */
@Service
@Transactional
public class VersionedDocuments {

	/** A note is one line of history, not a document. */
	public static final int NOTE_MAX = 500;

	/** Who published the versions Pignon ships. */
	static final String SHIPPED_BY = "Pignon";

	private record Stored(String kind, int version) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DocumentKinds kinds;

	private final Map<Stored, Object> parsed = new ConcurrentHashMap<>();

	VersionedDocuments(JdbcClient jdbc, Clock clock, DocumentKinds kinds) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.kinds = kinds;
	}

	// --- reading ---------------------------------------------------------------------------------------------------

	/** The version in use: the latest published (the shipped one is written first if there is none). */
	public <T> T current(DocumentKey<T> key) {
		return version(key, currentVersion(key));
	}

	public int currentVersion(DocumentKey<?> key) {
		Optional<Integer> latest = latest(key.name());
		if (latest.isPresent()) {
			return latest.get();
		}
		ensureShipped();
		return latest(key.name()).orElseThrow();
	}

	/**
	 * A published version, read with its kind's own rules only.
	 * @throws NotFound when no such version was published
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	@SuppressWarnings("unchecked")
	public <T> T version(DocumentKey<T> key, int version) {
		var stored = new Stored(key.name(), version);
		Object known = parsed.get(stored);
		if (known != null) {
			return (T) known;
		}
		DocumentReading<T> reading = kinds.of(key).read(source(key, version), version);
		if (!reading.valid()) {
			// its kind's own rules changed in code since it was published: a developer's mistake, not a manager's
			throw new IllegalStateException("published " + key + " version " + version + " no longer reads: "
					+ reading.problems());
		}
		parsed.put(stored, reading.document());
		return reading.document();
	}

	/** @throws NotFound when no such version was published */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public String source(DocumentKey<?> key, int version) {
		return jdbc.sql("SELECT source FROM platform_document WHERE kind = :kind AND version = :version")
			.param("kind", key.name())
			.param("version", version)
			.query(String.class)
			.optional()
			.orElseThrow(NotFound::new);
	}

	/** Every published version, the latest (in use) first. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<DocumentVersion> versions(DocumentKey<?> key) {
		List<DocumentVersion> versions = jdbc.sql(VERSIONS + " WHERE d.kind = :kind ORDER BY d.version DESC")
			.param("kind", key.name())
			.query((rs, n) -> version(rs, n == 0))
			.list();
		return versions;
	}

	/** @throws NotFound when no such version was published */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DocumentVersion published(DocumentKey<?> key, int version) {
		int latest = latest(key.name()).orElse(0);
		return jdbc.sql(VERSIONS + " WHERE d.kind = :kind AND d.version = :version")
			.param("kind", key.name())
			.param("version", version)
			.query((rs, n) -> version(rs, version == latest))
			.optional()
			.orElseThrow(NotFound::new);
	}

	// --- publishing ------------------------------------------------------------------------------------------------

	/**
	 * Checks a source as {@link #publish} would, without publishing it: the document it would be, or its problems.
	 */
	public <T> DocumentPreview<T> preview(DocumentKey<T> key, String source) {
		int current = currentVersion(key);
		DocumentReading<T> reading = checked(kinds.of(key), source, current + 1);
		return new DocumentPreview<>(current + 1, reading.document(), version(key, current), reading.problems());
	}

	/**
	 * Publishes a source as the next version of its kind, once checked. Publishers are serialized, so two managers
	 * publishing at once get distinct versions and each is checked against what the other published.
	 * @param basedOn the version the manager saw, or null: when another was published since, nothing is published
	 * @return the new version
	 * @throws DocumentRefused with the problems found, or {@link DocumentChanged}
	 */
	public int publish(DocumentKey<?> key, String source, String note, AccountId by, @Nullable Integer basedOn) {
		String cleanNote = oneLine(note);
		if (cleanNote.length() > NOTE_MAX) {
			throw new DocumentRefused(List.of(DocumentProblem.about("note", "platform.documents.error.noteTooLong",
					NOTE_MAX)));
		}
		lockForPublishing();
		int current = currentVersion(key);
		if (basedOn != null && basedOn != current) {
			throw new DocumentChanged(current);
		}
		DocumentReading<?> reading = checked(kinds.of(key), source, current + 1);
		if (!reading.valid()) {
			throw new DocumentRefused(reading.problems());
		}
		insert(key.name(), current + 1, source, cleanNote.isEmpty() ? null : cleanNote, by.value(), null);
		return current + 1;
	}

	/** Writes the shipped version of every kind that has none yet, referenced kinds first. */
	public void ensureShipped() {
		lockForPublishing();
		for (DocumentKind<?> kind : kinds.inOrder()) {
			if (latest(kind.key().name()).isEmpty()) {
				ship(kind);
			}
		}
	}

	private <T> void ship(DocumentKind<T> kind) {
		String source = kind.shippedSource();
		DocumentReading<T> reading = checked(kind, source, 1);
		if (!reading.valid()) {
			throw new IllegalStateException("the shipped " + kind.key() + " is invalid: " + reading.problems());
		}
		insert(kind.key().name(), 1, source, null, null, SHIPPED_BY);
	}

	// --- checks ----------------------------------------------------------------------------------------------------

	/**
	 * A candidate read on its own, then against the versions in use of the kinds it refers to, then as the published
	 * versions that refer to its kind would see it.
	 */
	private <T> DocumentReading<T> checked(DocumentKind<T> kind, String source, int version) {
		if (source.indexOf('\0') >= 0) {
			return DocumentReading.refused(List.of(DocumentProblem.at(null, "platform.documents.error.encoding")));
		}
		DocumentReading<T> reading = kind.read(source, version);
		if (!reading.valid()) {
			return reading;
		}
		T candidate = reading.document();
		List<DocumentProblem> problems = new ArrayList<>(kind.check(candidate, source, inUse(null, null)));
		for (DocumentKind<?> dependent : kinds.referringTo(kind.key())) {
			problems.addAll(broken(dependent, inUse(kind.key(), candidate)));
		}
		return problems.isEmpty() ? reading : DocumentReading.refused(problems);
	}

	/** What the published version in use of a kind that refers to the candidate's kind would no longer find. */
	private <D> List<DocumentProblem> broken(DocumentKind<D> dependent, ReferencedDocuments referenced) {
		Optional<Integer> published = latest(dependent.key().name());
		if (published.isEmpty()) {
			return List.of();
		}
		int version = published.get();
		List<DocumentProblem> found = dependent.check(version(dependent.key(), version),
				source(dependent.key(), version), referenced);
		if (found.isEmpty()) {
			return List.of();
		}
		List<DocumentProblem> problems = new ArrayList<>();
		problems.add(DocumentProblem.at(null, "platform.documents.refused.breaks",
				new DefaultMessageSourceResolvable(dependent.nameKey()), version));
		// their lines are the other document's: the manager is editing this one
		found.forEach(problem -> problems.add(problem.withoutLine()));
		return problems;
	}

	/** The versions in use, with a candidate in place of its kind's (when given). */
	private ReferencedDocuments inUse(@Nullable DocumentKey<?> replaced, @Nullable Object candidate) {
		return new ReferencedDocuments() {
			@Override
			@SuppressWarnings("unchecked")
			public <R> R get(DocumentKey<R> key) {
				return key.equals(replaced) && candidate != null ? (R) candidate : current(key);
			}
		};
	}

	// --- the table -------------------------------------------------------------------------------------------------

	private static final String VERSIONS = """
			SELECT d.version, d.published_at, coalesce(a.display_name, d.published_by_name) AS published_by,
			  d.published_by_account, d.note, d.checksum
			FROM platform_document d LEFT JOIN platform_account a ON a.id = d.published_by_account""";

	private static DocumentVersion version(ResultSet rs, boolean current) throws SQLException {
		UUID account = rs.getObject("published_by_account", UUID.class);
		return new DocumentVersion(rs.getInt("version"), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"), account == null ? null : new AccountId(account), rs.getString("note"),
				rs.getString("checksum"), current);
	}

	private Optional<Integer> latest(String kind) {
		return jdbc.sql("SELECT max(version) FROM platform_document WHERE kind = :kind")
			.param("kind", kind)
			.query(Integer.class)
			.optional();
	}

	/**
	 * One publisher at a time, whatever the kind: a bank and a catalogue published at the same moment must each be
	 * checked against the other. Readers are not blocked.
	 */
	private void lockForPublishing() {
		jdbc.sql("LOCK TABLE platform_document IN SHARE ROW EXCLUSIVE MODE").update();
	}

	private void insert(String kind, int version, String source, @Nullable String note, @Nullable UUID account,
			@Nullable String name) {
		jdbc.sql("""
				INSERT INTO platform_document (kind, version, source, checksum, note, published_at,
				  published_by_account, published_by_name)
				VALUES (:kind, :version, :source, :checksum, :note, :at, :account, :name)
				ON CONFLICT (kind, version) DO NOTHING""")
			.param("kind", kind)
			.param("version", version)
			.param("source", source)
			.param("checksum", checksum(source))
			.param("note", note)
			.param("at", Timestamp.from(clock.instant()))
			.param("account", account)
			.param("name", name)
			.update();
		forgetIfRolledBack(new Stored(kind, version));
	}

	/**
	 * The version may be read (and kept) in the transaction that writes it; if that transaction does not commit, the
	 * number is free again and must not keep this content.
	 */
	private void forgetIfRolledBack(Stored stored) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						parsed.remove(stored);
					}
				}
			});
		}
	}

	private static String oneLine(String note) {
		return note.replaceAll("\\p{Cntrl}+", " ").strip();
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
