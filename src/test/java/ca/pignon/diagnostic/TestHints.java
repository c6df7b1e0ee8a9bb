package ca.pignon.diagnostic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;

import ca.pignon.shared.ApplicationId;

/**
 * A source of suggestions standing in for the web audit: tests say which hints an application gets; none otherwise.
 */
@TestComponent
public class TestHints implements DiagnosticHints {

	private final Map<ApplicationId, List<AnswerHint>> hints = new ConcurrentHashMap<>();

	public void suggest(ApplicationId application, AnswerHint... suggested) {
		hints.put(application, List.of(suggested));
	}

	public void clear() {
		hints.clear();
	}

	@Override
	public List<AnswerHint> hintsFor(ApplicationId application, Locale locale) {
		return hints.getOrDefault(application, List.of());
	}

}
