package ca.pignon.uploads.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ca.pignon.uploads.UploadId;

/**
 * The bytes of uploads, under {@code PIGNON_DATA_DIR/uploads}, outside anything the web server serves by itself,
 * each named by its generated id: a name chosen by the sender never reaches the file system.
 */
@Component
public class FileStore {

	private final Path root;

	public FileStore(@Value("${pignon.data-dir}") Path dataDir) {
		this.root = dataDir.resolve("uploads").toAbsolutePath().normalize();
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

	public void keep(Received received, UploadId id) {
		try {
			Path target = pathOf(id);
			Files.createDirectories(target.getParent());
			Files.move(received.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
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

	public void delete(UploadId id) {
		try {
			Files.deleteIfExists(pathOf(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path pathOf(UploadId id) {
		UUID uuid = id.value();
		String name = uuid.toString();
		return root.resolve(name.substring(0, 2)).resolve(name);
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
