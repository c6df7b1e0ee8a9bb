package ca.pignon.uploads.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ca.pignon.dossier.DataOrigin;
import ca.pignon.dossier.DataSubject;
import ca.pignon.dossier.PersonalDataHolder;
import ca.pignon.dossier.PersonalFile;
import ca.pignon.dossier.PersonalRecord;
import ca.pignon.dossier.RecordKind;
import ca.pignon.dossier.TableRecords;
import ca.pignon.uploads.UploadId;

/**
 * The files attached to a merchant's dossier, collected from them (or sent by staff on their behalf): each file's
 * description here, its bytes in the {@link FileStore} under the same id. Anonymising removes both, as a deletion from
 * the page does: a photo or a document cannot be made anonymous, and no report counts files. The modules that refer
 * to a file by id (progress's evidence) already read a missing file as removed.
 */
@Component
class UploadsPersonalData implements PersonalDataHolder {

	static final RecordKind FILE = RecordKind.of("uploads", "file", "uploads_file", DataOrigin.COLLECTED);

	private static final String FILES = """
			FROM uploads_file WHERE application_id = CAST(:application AS uuid) OR owner_id = :merchant""";

	private final JdbcClient jdbc;

	private final FileStore files;

	UploadsPersonalData(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	public List<RecordKind> recordKinds() {
		return List.of(FILE);
	}

	/** Each file's description; its id names its bytes, for an export that takes the files along. */
	@Override
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		return TableRecords.of(jdbc, FILE.id(), "SELECT * " + FILES + " ORDER BY uploaded_at, id",
				TableRecords.params(subject));
	}

	/** The files themselves, each named by its record's id and read from the store when the export reaches it. */
	@Override
	public List<PersonalFile> filesOf(DataSubject subject) {
		return jdbc.sql("SELECT id, original_name " + FILES + " ORDER BY uploaded_at, id")
			.params(TableRecords.params(subject))
			.query((rs, n) -> {
				var id = new UploadId(rs.getObject("id", UUID.class));
				return new PersonalFile(FILE.id(), id.value().toString(), rs.getString("original_name"),
						() -> new ByteArrayInputStream(files.read(id).orElse(new byte[0])));
			})
			.list();
	}

	@Override
	public void anonymise(DataSubject subject) {
		List<UploadId> removed = jdbc.sql("DELETE " + FILES + " RETURNING id")
			.params(TableRecords.params(subject))
			.query((rs, n) -> new UploadId(rs.getObject("id", UUID.class)))
			.list();
		if (removed.isEmpty()) {
			return;
		}
		// the bytes go in the same transaction: a rolled back anonymisation leaves every file readable
		removed.forEach(files::delete);
	}

}
