package ca.pignon.support;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.openqa.selenium.WebDriver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu HTML Checker (v.Nu, {@code nu.validator:validator} from Maven Central), run in this JVM: the same schema and
 * checks as the W3C's online checker ({@code html5-all.rnc}, ARIA, the HTML parser's own errors), without the network.
 * Errors fail; warnings (and the language guess) do not.
 * <p>
 * Setting the schema up takes about two seconds, so one checker serves the whole test JVM; it is not thread-safe,
 * hence {@code synchronized}.
 */
public final class HtmlConformance {

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static SimpleDocumentValidator validator;

	private static final Collector collector = new Collector();

	private HtmlConformance() {
	}

	/** The page the browser shows, as its DOM serializes (the doctype added back): no error from the checker. */
	public static void assertValid(WebDriver browser) {
		String url = browser.getCurrentUrl();
		assertValid(url, "<!DOCTYPE html>\n" + browser.getPageSource());
	}

	/** @param page what to call the page in the failure (its path or address) */
	public static void assertValid(String page, String html) {
		assertThat(errors(html)).as("Nu HTML Checker errors on " + page).isEmpty();
	}

	/** @return the checker's errors, each with its line and column, in the document's order */
	public static synchronized List<String> errors(String html) {
		try {
			if (validator == null) {
				var checker = new SimpleDocumentValidator(true, false, false);
				checker.setUpMainSchema(SCHEMA, collector);
				checker.setUpValidatorAndParsers(collector, false, false);
				validator = checker;
			}
			collector.errors.clear();
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
			return List.copyOf(collector.errors);
		}
		catch (IOException | SAXException ex) {
			throw new IllegalStateException("The Nu HTML Checker could not read the page", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML Checker could not start", ex);
		}
	}

	private static final class Collector implements ErrorHandler {

		final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
			// warnings do not fail a page
		}

		@Override
		public void error(SAXParseException exception) {
			errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			errors.add(describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return "line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
					+ exception.getMessage();
		}

	}

}
