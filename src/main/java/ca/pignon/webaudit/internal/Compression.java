package ca.pignon.webaudit.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Inflates what a site sent gzipped, never past a size cap: a small file that inflates to gigabytes (a "bomb") is cut
 * where the cap says.
 */
final class Compression {

	private Compression() {
	}

	static boolean isGzip(byte[] content) {
		return content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
	}

	/** The content inflated when it is gzip, as is otherwise; null when it is broken gzip or inflates past the cap. */
	static byte @Nullable [] inflateIfGzipped(byte[] content, int maxBytes) {
		if (!isGzip(content)) {
			return content;
		}
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[16 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				out.write(buffer, 0, n);
				if (out.size() > maxBytes) {
					return null;
				}
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			return null;
		}
	}

}
