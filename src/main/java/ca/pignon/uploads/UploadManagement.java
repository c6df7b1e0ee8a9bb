package ca.pignon.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ca.pignon.shared.ApplicationId;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.AccountId;
import ca.pignon.uploads.internal.ContentSniffer;
import ca.pignon.uploads.internal.FileStore;

/**
 * Keeps the files attached to a merchant's dossier and hands them back only to the merchant, their advisor and
 * managers. A photo is kept without its metadata (GPS position, camera, dates: {@code internal.PhotoMetadata}).
 */
@Service
@Transactional
@EnableConfigurationProperties(UploadSettings.class)
public class UploadManagement {

	private final JdbcClient jdbc;

	private final FileStore files;

	private final DossierManagement dossiers;

	private final UploadSettings settings;

	private final Clock clock;

	UploadManagement(JdbcClient jdbc, FileStore files, DossierManagement dossiers, UploadSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.dossiers = dossiers;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Keeps a file for the dossier of {@code application}, sent by its merchant or by staff.
	 *
	 * @throws UploadRefused when the file is empty, too large, or neither a photo nor a PDF by its content
	 */
	public StoredUpload store(ApplicationId application, UploadedFile file, PignonUser by) {
		AccountId owner = ownerOf(application);
		if (!dossiers.mayAccess(by, application)) {
			throw new UploadRefused("uploads.refused.notYours");
		}
		long limit = settings.maxSize().toBytes();
		FileStore.Received received;
		try {
			received = files.receive(file.open(), limit);
		}
		catch (IOException ex) {
			throw new UploadRefused("uploads.refused.unreadable");
		}
		try {
			if (received.size() == 0) {
				throw new UploadRefused("uploads.refused.empty");
			}
			if (received.size() > limit) {
				throw new UploadRefused("uploads.refused.tooLarge", limit / (1024.0 * 1024.0));
			}
			UploadKind kind = ContentSniffer.kindOf(received.head())
				.orElseThrow(() -> new UploadRefused("uploads.refused.kind"));
			if (kind == UploadKind.HEIC) {
				// iPhones' default format carries GPS in its EXIF, and no maintained Java library here rewrites
				// HEIC without it: refused, with how to send the photo instead, rather than kept with its location
				throw new UploadRefused("uploads.refused.heic");
			}
			try {
				// a photo's location and camera go before it is kept (Loi 25)
				received = files.withoutMetadata(received, kind);
			}
			catch (IOException | RuntimeException ex) {
				// a malformed photo can make the metadata library throw anything: it is a file that cannot be read
				throw new UploadRefused("uploads.refused.unreadable");
			}
			StoredUpload upload = new StoredUpload(new UploadId(UUID.randomUUID()), application,
					cleanName(file.originalName(), kind), kind, received.size(), received.sha256(), clock.instant(),
					by.accountId());
			insert(upload, owner);
			files.keep(received, upload.id());
			return upload;
		}
		finally {
			files.discard(received);
		}
	}

	@Transactional(readOnly = true)
	public List<StoredUpload> uploadsOf(ApplicationId application) {
		return jdbc.sql("SELECT * FROM uploads_file WHERE application_id = :application ORDER BY uploaded_at, id")
			.param("application", application.value())
			.query(UploadManagement::upload)
			.list();
	}

	/** The file and its description, when {@code viewer} may see it; empty otherwise, as if it did not exist. */
	@Transactional(readOnly = true)
	public Optional<UploadContent> open(UploadId id, PignonUser viewer) {
		return jdbc.sql("SELECT *, owner_id AS owner FROM uploads_file WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> new Row(upload(rs, row), new AccountId(rs.getObject("owner", UUID.class))))
			.optional()
			.filter(found -> dossiers.mayAccess(viewer, found.upload().application()))
			.flatMap(found -> files.read(found.upload().id()).map(bytes -> new UploadContent(found.upload(), bytes)));
	}

	/** Removes the file: anyone who may see it. */
	public boolean delete(UploadId id, PignonUser by) {
		Optional<UploadContent> found = open(id, by);
		if (found.isEmpty()) {
			return false;
		}
		jdbc.sql("DELETE FROM uploads_file WHERE id = :id").param("id", id.value()).update();
		files.delete(id);
		return true;
	}

	private AccountId ownerOf(ApplicationId application) {
		return dossiers.get(application).merchant();
	}

	private void insert(StoredUpload upload, AccountId owner) {
		jdbc.sql("""
				INSERT INTO uploads_file (id, application_id, owner_id, original_name, kind, size_bytes, sha256,
				  uploaded_at, uploaded_by)
				VALUES (:id, :application, :owner, :name, :kind, :size, :sha256, :at, :by)""")
			.param("id", upload.id().value())
			.param("application", upload.application().value())
			.param("owner", owner.value())
			.param("name", upload.originalName())
			.param("kind", upload.kind().name())
			.param("size", upload.size())
			.param("sha256", upload.sha256())
			.param("at", Timestamp.from(upload.uploadedAt()))
			.param("by", upload.uploadedBy().value())
			.update();
	}

	/** Keeps the sender's name readable but harmless: no folders, no control characters, a sensible length. */
	static String cleanName(String original, UploadKind kind) {
		String name = ca.pignon.platform.FileNames.sendersName(original, 120);
		return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "document." + kind.extension() : name;
	}

	private static StoredUpload upload(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StoredUpload(new UploadId(rs.getObject("id", UUID.class)),
				new ApplicationId(rs.getObject("application_id", UUID.class)), rs.getString("original_name"),
				UploadKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getTimestamp("uploaded_at").toInstant(), new AccountId(rs.getObject("uploaded_by", UUID.class)));
	}

	private record Row(StoredUpload upload, AccountId owner) {
	}

	/** A file to send back: its description and its bytes. */
	public record UploadContent(StoredUpload upload, byte[] bytes) {

		public long size() {
			return bytes.length;
		}

	}

}
