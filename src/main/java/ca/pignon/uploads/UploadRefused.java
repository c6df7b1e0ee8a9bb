package ca.pignon.uploads;

import java.util.List;

import ca.pignon.platform.Refused;

/**
 * A file is refused: its message key and arguments say why in words the sender understands (too large, not a photo
 * or a PDF, empty).
 */
public class UploadRefused extends Refused {

	public UploadRefused(String messageKey, Object... arguments) {
		super(null, messageKey, arguments);
	}

	public List<Object> arguments() {
		return problems().get(0).arguments();
	}

}
