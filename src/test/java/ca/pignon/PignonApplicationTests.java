package ca.pignon;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PignonApplicationTests {

	@Test
	void startsOnPostgresql() {
	}

}
