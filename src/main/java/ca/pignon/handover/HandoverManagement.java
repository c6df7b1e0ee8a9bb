package ca.pignon.handover;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import ca.pignon.handover.internal.ArchiveEncryption;
import ca.pignon.handover.internal.ProgramEmptiness;
import ca.pignon.handover.internal.ProgramExport;
import ca.pignon.handover.internal.ProgramImport;

/**
 * The program hand-over: the whole program written as one archive, and an archive loaded into an empty program. Both
 * work on the database directly (the catalogue says what there is), outside any module's transaction.
 */
@Service
public class HandoverManagement {

	private final DataSource dataSource;

	private final Clock clock;

	private final Path workDir;

	public HandoverManagement(DataSource dataSource, Clock clock, @Value("${pignon.data-dir}") Path dataDir) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.workDir = dataDir.resolve("handover").toAbsolutePath().normalize();
	}

	/** Rows per table of an export or an import. */
	public record Counts(Map<String, Long> rows) {

		public long total() {
			return rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** Writes the archive to {@code out}, encrypted when a passphrase is given; {@code out} is closed. */
	public Counts export(OutputStream out, char @Nullable [] passphrase) throws IOException {
		try (Connection connection = dataSource.getConnection();
				OutputStream target = passphrase == null ? out : ArchiveEncryption.encrypting(out, passphrase)) {
			return new Counts(new ProgramExport(connection, clock.instant()).writeTo(target));
		}
		catch (SQLException ex) {
			throw new IOException("the export could not read the database: " + ex.getMessage(), ex);
		}
	}

	public boolean programIsEmpty() {
		try (Connection connection = dataSource.getConnection()) {
			return ProgramEmptiness.isEmpty(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Loads an archive (a ZIP, or an OpenPGP message encrypted with {@code passphrase}) into this empty program, all
	 * or nothing.
	 * @throws HandoverRefused when the program is not empty, the archive is damaged or of another schema version
	 */
	public Counts importFrom(InputStream archive, char @Nullable [] passphrase) throws IOException {
		if (!programIsEmpty()) {
			throw new HandoverRefused("notEmpty");
		}
		Files.createDirectories(workDir);
		Path zip = Files.createTempFile(workDir, "import-", ".zip");
		try {
			try (InputStream in = new BufferedInputStream(archive); OutputStream copy = Files.newOutputStream(zip)) {
				if (ArchiveEncryption.isZip(in)) {
					in.transferTo(copy);
				}
				else if (!ArchiveEncryption.isOpenPgp(in)) {
					throw new HandoverRefused("notAnArchive");
				}
				else if (passphrase == null) {
					throw new HandoverRefused("passphraseNeeded");
				}
				else {
					ArchiveEncryption.decrypt(in, passphrase, copy);
				}
			}
			try (Connection connection = dataSource.getConnection()) {
				return new Counts(new ProgramImport(connection).load(zip));
			}
			catch (SQLException ex) {
				throw new HandoverRefused("failed", String.valueOf(ex.getMessage()));
			}
		}
		finally {
			try {
				Files.deleteIfExists(zip);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
