package ca.pignon.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static ca.pignon.platform.RegistrationPolicy.NOTICES_PER_HOUR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering with an address: a new one gets its account; one that has an account gets no second account, and its
 * owner is told a few times an hour at most, never when the account is disabled.
 */
class RegistrationPolicyTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			a new address;                                   false; false; 0; CREATE_ACCOUNT
			a new address, whatever the counts say;          false; true;  9; CREATE_ACCOUNT
			an enabled account, never told;                  true;  true;  0; TELL_OWNER
			an enabled account, told once less than allowed; true;  true;  -1; TELL_OWNER
			an enabled account, told as often as allowed;    true;  true;  +0; NOTHING
			an enabled account, told more than allowed;      true;  true;  +1; NOTHING
			a disabled account;                              true;  false; 0; NOTHING
			""")
	void decides(String situation, boolean exists, boolean enabled, String notices, RegistrationPolicy.Outcome expected) {
		// given the notices of the hour, absolute or relative to the limit
		int noticesThisHour = notices.startsWith("+") || notices.startsWith("-")
				? NOTICES_PER_HOUR + Integer.parseInt(notices) : Integer.parseInt(notices);
		// when
		var outcome = RegistrationPolicy.decide(exists, enabled, noticesThisHour);
		// then
		assertThat(outcome).isEqualTo(expected);
	}

}
