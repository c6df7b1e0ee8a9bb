package ca.pignon.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The application's clock: the system's, except on a thread that pins a time with {@link #at} while it runs. Only the
 * {@code demo} profile's past program year pins it, to take fictional merchants through the modules' real APIs on the
 * dates of a year gone by; every other thread, and every request, reads the system's time.
 */
public final class PinnableClock extends Clock {

	private static final ThreadLocal<@Nullable Instant> PINNED = new ThreadLocal<>();

	private final Clock system;

	PinnableClock(Clock system) {
		this.system = system;
	}

	/** Runs this on the calling thread with the application's clock reading {@code instant}. */
	public static <T> T at(Instant instant, Supplier<T> work) {
		Instant before = PINNED.get();
		PINNED.set(instant);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				PINNED.remove();
			}
			else {
				PINNED.set(before);
			}
		}
	}

	public static void at(Instant instant, Runnable work) {
		at(instant, () -> {
			work.run();
			return null;
		});
	}

	@Override
	public Instant instant() {
		Instant pinned = PINNED.get();
		return pinned != null ? pinned : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new PinnableClock(system.withZone(zone));
	}

}
