package ca.pignon;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application starts on PostgreSQL. {@code @AutoConfigureMockMvc}, unused here, makes this the configuration of the
 * intake and territory API tests, so that their cached Spring context serves it instead of a context of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PignonApplicationTests {

	@Test
	void startsOnPostgresql() {
	}

}
