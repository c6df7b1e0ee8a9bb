package ca.pignon.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTests {

	@Test
	void countsTheRowsSkippedWithoutOverflow() {
		assertThat(Paging.offset(2, 25)).isEqualTo(50);
		assertThat(Paging.offset(Integer.MAX_VALUE, 50)).isEqualTo(Integer.MAX_VALUE * 50L).isPositive();
		assertThat(Paging.offset(85_899_346, 50)).isPositive();
	}

	@Test
	void readsANegativePageAsTheFirst() {
		assertThat(Paging.offset(-3, 25)).isZero();
	}

}
