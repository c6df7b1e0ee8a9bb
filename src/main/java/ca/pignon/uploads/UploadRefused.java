package ca.pignon.uploads;

import java.util.List;

/**
 * A file is refused: its message key and arguments say why in words the sender understands (too large, not a photo
 * or a PDF, empty).
 */
public class UploadRefused extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public UploadRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> arguments() {
		return arguments;
	}

}
