package ca.pignon.platform;

import java.util.List;

/**
 * A manager published on top of the version they saw, and someone published another version since: nothing is
 * published, so that no one replaces a colleague's version without having seen it.
 */
public class DocumentChanged extends DocumentRefused {

	private final int currentVersion;

	public DocumentChanged(int currentVersion) {
		super(List.of(DocumentProblem.at(null, "platform.documents.refused.changed", currentVersion)));
		this.currentVersion = currentVersion;
	}

	public int currentVersion() {
		return currentVersion;
	}

}
