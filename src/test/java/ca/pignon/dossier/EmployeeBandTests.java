package ca.pignon.dossier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeBandTests {

	@Test
	void headCountsFallInStatisticsCanadasSizeClasses() {
		assertThat(EmployeeBand.of(0)).isEqualTo(EmployeeBand.NONE);
		assertThat(EmployeeBand.of(1)).isEqualTo(EmployeeBand.FROM_1_TO_4);
		assertThat(EmployeeBand.of(4)).isEqualTo(EmployeeBand.FROM_1_TO_4);
		assertThat(EmployeeBand.of(5)).isEqualTo(EmployeeBand.FROM_5_TO_9);
		assertThat(EmployeeBand.of(19)).isEqualTo(EmployeeBand.FROM_10_TO_19);
		assertThat(EmployeeBand.of(20)).isEqualTo(EmployeeBand.FROM_20_TO_49);
		assertThat(EmployeeBand.of(99)).isEqualTo(EmployeeBand.FROM_50_TO_99);
		assertThat(EmployeeBand.of(250)).isEqualTo(EmployeeBand.FROM_100);
	}

	@Test
	void anUnknownOrImpossibleCountHasNoBand() {
		assertThat(EmployeeBand.of(null)).isNull();
		assertThat(EmployeeBand.of(-1)).isNull();
	}

}
