package ca.pignon.uploads.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import ca.pignon.uploads.UploadKind;

/**
 * Recognizes a file by its first bytes, as the formats define them, whatever its name says.
 */
public final class ContentSniffer {

	static final int BYTES_NEEDED = 16;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	// the brands of the ISO media files phones save their photos in (HEIF, HEIC)
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
			"msf1");

	private ContentSniffer() {
	}

	public static Optional<UploadKind> kindOf(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return Optional.of(UploadKind.JPEG);
		}
		if (startsWith(head, 0, PNG)) {
			return Optional.of(UploadKind.PNG);
		}
		if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
			return Optional.of(UploadKind.WEBP);
		}
		if (startsWith(head, 4, ascii("ftyp")) && head.length >= 12
				&& HEIF_BRANDS.contains(new String(head, 8, 4, StandardCharsets.US_ASCII))) {
			return Optional.of(UploadKind.HEIC);
		}
		if (startsWith(head, 0, ascii("%PDF-"))) {
			return Optional.of(UploadKind.PDF);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
