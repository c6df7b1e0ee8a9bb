package ca.pignon.platform;

/**
 * What registering with an address does. The page answers the same in every case ("check your email"), so that
 * registering never tells whether an address has an account: a new address gets its account and the verification
 * link; an address that has an account gets no second one, and its owner is told by mail that someone tried (with
 * how to sign in or choose a new password), at most {@link #NOTICES_PER_HOUR} times an hour so that the form cannot
 * flood a mailbox; a disabled account is told nothing (the administrator closed it).
 */
final class RegistrationPolicy {

	/** Mails "someone tried to register with your address" to one address in an hour, at most. */
	static final int NOTICES_PER_HOUR = 3;

	enum Outcome {

		/** A new account, and the link that verifies its address. */
		CREATE_ACCOUNT,
		/** No account; the owner of the address is told by mail. */
		TELL_OWNER,
		/** No account, no mail. */
		NOTHING

	}

	private RegistrationPolicy() {
	}

	/**
	 * @param exists whether the address has an account
	 * @param enabled whether that account is enabled (ignored when none exists)
	 * @param noticesThisHour how many notices went to the address within the hour (ignored when none exists)
	 */
	static Outcome decide(boolean exists, boolean enabled, int noticesThisHour) {
		if (!exists) {
			return Outcome.CREATE_ACCOUNT;
		}
		return enabled && noticesThisHour < NOTICES_PER_HOUR ? Outcome.TELL_OWNER : Outcome.NOTHING;
	}

}
