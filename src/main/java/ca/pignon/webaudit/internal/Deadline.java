package ca.pignon.webaudit.internal;

import java.time.Duration;

/**
 * A moment after which no more waiting is done, on the monotonic clock.
 */
record Deadline(long nanos) {

	static Deadline in(Duration duration) {
		return new Deadline(System.nanoTime() + duration.toNanos());
	}

	Deadline soonest(Duration duration) {
		long other = System.nanoTime() + duration.toNanos();
		return other - nanos < 0 ? new Deadline(other) : this;
	}

	long remainingMillis() {
		return (nanos - System.nanoTime()) / 1_000_000;
	}

	boolean passed() {
		return nanos - System.nanoTime() <= 0;
	}

}
