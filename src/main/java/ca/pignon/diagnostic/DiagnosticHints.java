package ca.pignon.diagnostic;

import java.util.List;
import java.util.Locale;

import ca.pignon.shared.ApplicationId;

/**
 * Where other modules suggest answers (the web audit first): every Spring bean implementing it is asked when a
 * questionnaire page is shown. The diagnostic depends on nobody for it: the implementation depends on the diagnostic.
 */
public interface DiagnosticHints {

	List<AnswerHint> hintsFor(ApplicationId application, Locale locale);

}
