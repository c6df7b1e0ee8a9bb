package ca.pignon.platform;

/**
 * Where a page of a list starts, for any page number a person may put in an address: the rows skipped are counted in
 * a {@code long}, so that {@code ?page=2147483647} is an empty page past the end rather than an {@code int} that
 * overflows into a negative OFFSET, which PostgreSQL refuses (a 500, issue 17, item 5).
 */
public final class Paging {

	private Paging() {
	}

	/** Rows to skip before page {@code page} (from 0; a negative page is the first) of {@code size} rows. */
	public static long offset(int page, int size) {
		return (long) Math.max(page, 0) * Math.max(size, 0);
	}

}
