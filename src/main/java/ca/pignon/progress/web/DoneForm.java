package ca.pignon.progress.web;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/** "C'est fait !": what shows it is done, all optional, and the version of the task the page showed. */
class DoneForm {

	private @Nullable String evidenceUrl;

	private @Nullable String note;

	private @Nullable MultipartFile file;

	private long version;

	public @Nullable String getEvidenceUrl() {
		return evidenceUrl;
	}

	public void setEvidenceUrl(@Nullable String evidenceUrl) {
		this.evidenceUrl = evidenceUrl;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
