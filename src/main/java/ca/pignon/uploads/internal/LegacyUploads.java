package ca.pignon.uploads.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.pignon.uploads.UploadId;

/**
 * Before issue 12, the bytes of uploads were files under {@code PIGNON_DATA_DIR/uploads}. At start-up, each file whose
 * row has no bytes in PostgreSQL yet is copied there (an instance that finds nothing does nothing; two instances
 * copying at once keep one copy). The files on disk are left for the operator to remove once a backup holds them.
 */
@Component
class LegacyUploads {

	private static final Logger log = LoggerFactory.getLogger(LegacyUploads.class);

	private final JdbcClient jdbc;

	private final FileStore files;

	LegacyUploads(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@EventListener(ApplicationReadyEvent.class)
	void copyFilesFromDisk() {
		if (!Files.isDirectory(files.root())) {
			return;
		}
		List<UUID> missing = jdbc.sql("""
				SELECT f.id FROM uploads_file f
				WHERE NOT EXISTS (SELECT 1 FROM uploads_content c WHERE c.id = f.id)""").query(UUID.class).list();
		int copied = 0;
		for (UUID id : missing) {
			Path path = files.legacyPathOf(new UploadId(id));
			if (Files.isRegularFile(path)) {
				try {
					copied += jdbc.sql("INSERT INTO uploads_content (id, bytes) VALUES (:id, :bytes) ON CONFLICT DO NOTHING")
						.param("id", id)
						.param("bytes", Files.readAllBytes(path))
						.update();
				}
				catch (IOException ex) {
					log.error("Upload {} could not be read from {}: {}", id, path, ex.getMessage());
				}
			}
		}
		if (copied > 0) {
			log.info("{} uploaded files copied from {} into PostgreSQL; the folder may be removed once backed up", copied,
					files.root());
		}
	}

}
