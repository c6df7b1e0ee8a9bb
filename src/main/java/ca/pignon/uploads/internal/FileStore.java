package ca.pignon.uploads.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.uploads.UploadId;
import ca.pignon.uploads.UploadKind;

/**
 * The bytes of uploads, in PostgreSQL ({@code uploads_content}), each under its generated id, written in the
 * transaction that describes the file: every instance reads them and one {@code pg_dump} backs them up. Only the
 * file being received waits in a temporary file under {@code PIGNON_DATA_DIR/uploads/incoming}, while it is counted,
 * hashed and recognised; a name chosen by the sender never reaches the file system.
 */
@Component
public class FileStore {

	private final Path root;

	private final JdbcClient jdbc;

	public FileStore(@Value("${pignon.data-dir}") Path dataDir, JdbcClient jdbc) {
		this.root = dataDir.resolve("uploads").toAbsolutePath().normalize();
		this.jdbc = jdbc;
	}

	/** Copies at most {@code limit + 1} bytes to a temporary file, with their count, first bytes and SHA-256. */
	public Received receive(InputStream content, long limit) throws IOException {
		Files.createDirectories(root.resolve("incoming"));
		Path temporary = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
		MessageDigest sha256 = sha256();
		byte[] head = new byte[ContentSniffer.BYTES_NEEDED];
		long count = 0;
		int headLength = 0;
		try (InputStream in = content;
				OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer)) != -1) {
				if (headLength < head.length) {
					int copied = Math.min(read, head.length - headLength);
					System.arraycopy(buffer, 0, head, headLength, copied);
					headLength += copied;
				}
				out.write(buffer, 0, read);
				count += read;
				if (count > limit) {
					break;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
		return new Received(temporary, count, Arrays.copyOf(head, headLength),
				HexFormat.of().formatHex(sha256.digest()));
	}

	/**
	 * The received photo without its metadata ({@link PhotoMetadata}), in the same temporary file, with its new size
	 * and SHA-256; as it was when there was nothing to remove.
	 * @throws IOException when the photo cannot be read as the kind it says it is
	 */
	public Received withoutMetadata(Received received, UploadKind kind) throws IOException {
		byte[] bytes = Files.readAllBytes(received.temporary());
		byte[] stripped = PhotoMetadata.stripped(kind, bytes);
		if (Arrays.equals(bytes, stripped)) {
			return received;
		}
		Files.write(received.temporary(), stripped);
		return new Received(received.temporary(), stripped.length,
				Arrays.copyOf(stripped, Math.min(stripped.length, ContentSniffer.BYTES_NEEDED)),
				HexFormat.of().formatHex(sha256().digest(stripped)));
	}

	/** Keeps the received bytes under {@code id}, in the caller's transaction. */
	public void keep(Received received, UploadId id) {
		try {
			jdbc.sql("INSERT INTO uploads_content (id, bytes) VALUES (:id, :bytes)")
				.param("id", id.value())
				.param("bytes", Files.readAllBytes(received.temporary()))
				.update();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the upload " + id, ex);
		}
	}

	public void discard(Received received) {
		try {
			Files.deleteIfExists(received.temporary());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes the bytes, in the caller's transaction: a rollback keeps them. */
	public void delete(UploadId id) {
		jdbc.sql("DELETE FROM uploads_content WHERE id = :id").param("id", id.value()).update();
	}

	/** The bytes kept under {@code id}, if any. */
	public Optional<byte[]> read(UploadId id) {
		return jdbc.sql("SELECT bytes FROM uploads_content WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** Where an earlier version kept the bytes of {@code id} on the local disk ({@link LegacyUploads}). */
	Path legacyPathOf(UploadId id) {
		UUID uuid = id.value();
		String name = uuid.toString();
		return root.resolve(name.substring(0, 2)).resolve(name);
	}

	Path root() {
		return root;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Received(Path temporary, long size, byte[] head, String sha256) {
	}

}
