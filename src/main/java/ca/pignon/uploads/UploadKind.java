package ca.pignon.uploads;

/**
 * The kinds of file Pignon accepts, recognized by their first bytes: photos as phones and cameras take them, and PDF
 * documents. Anything else (an HTML page, a script, an office document that may carry macros) is refused.
 */
public enum UploadKind {

	JPEG("image/jpeg", "jpg", true), PNG("image/png", "png", true), WEBP("image/webp", "webp", true),
	HEIC("image/heic", "heic", false), PDF("application/pdf", "pdf", false);

	private final String mediaType;

	private final String extension;

	private final boolean shownInPage;

	UploadKind(String mediaType, String extension, boolean shownInPage) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.shownInPage = shownInPage;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** Browsers display these images; the others (HEIC, PDF) are offered as downloads. */
	public boolean shownInPage() {
		return shownInPage;
	}

}
