package ca.pignon.territory;

import java.util.List;

import ca.pignon.platform.Refused;

/**
 * The territory module refuses a command (an SDC upload, say): every reason at once.
 */
public class TerritoryRefused extends Refused {

	public TerritoryRefused(List<Problem> problems) {
		super(problems);
	}

	public TerritoryRefused(String messageKey, Object... arguments) {
		super("file", messageKey, arguments);
	}

}
