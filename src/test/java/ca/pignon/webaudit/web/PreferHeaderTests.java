package ca.pignon.webaudit.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 7240's Prefer header: the asynchronous answer is chosen only when respond-async is one of the preferences.
 */
class PreferHeaderTests {

	@ParameterizedTest(name = "Prefer: {0} → {1}")
	@CsvSource(delimiter = '|', value = { "respond-async|true", "RESPOND-ASYNC|true", "wait=5, respond-async|true",
			" respond-async ; foo=bar|true", "wait=5|false", "respond-asynchronously|false", "''|false",
			"return=minimal|false" })
	void choosesTheAsynchronousAnswerOnlyWhenAskedFor(String prefer, boolean async) {
		assertThat(WebAuditApiController.prefersAsync(prefer)).isEqualTo(async);
	}

	@Test
	void answersAtOnceWithoutTheHeader() {
		assertThat(WebAuditApiController.prefersAsync(null)).isFalse();
	}

}
