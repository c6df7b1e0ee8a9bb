package ca.pignon.webaudit.internal;

import java.util.List;

import ca.pignon.webaudit.CheckStatus;

/**
 * A check's verdict before translation: the evidence is a message key ({@code webaudit.evidence.*}) and its
 * arguments, so that a stored run reads in any language.
 */
public record Finding(String id, CheckStatus status, String evidenceKey, List<String> arguments) {

	public Finding {
		arguments = List.copyOf(arguments);
	}

	static Finding of(String id, CheckStatus status, String evidenceKey, Object... arguments) {
		return new Finding(id, status, "webaudit.evidence." + evidenceKey,
				java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

}
