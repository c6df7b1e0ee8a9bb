package ca.pignon.handover;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Archives read into memory and written back, for tests: the entries of a ZIP in their order. */
final class Archives {

	private Archives() {
	}

	static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** The archive with one entry changed and its manifest written again to match, as a careful forger would. */
	static byte[] changed(byte[] zip, String path, UnaryOperator<String> change) throws Exception {
		Map<String, byte[]> entries = entries(zip);
		entries.put(path, change.apply(new String(entries.get(path), StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8));
		entries.remove("manifest.sha256");
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		String manifest = entries.entrySet()
			.stream()
			.map(e -> HexFormat.of().formatHex(sha256.digest(e.getValue())) + "  " + e.getKey() + "\n")
			.collect(Collectors.joining());
		entries.put("manifest.sha256", manifest.getBytes(StandardCharsets.UTF_8));
		return zip(entries);
	}

	static String text(Map<String, byte[]> entries, String path) {
		return new String(entries.get(path), StandardCharsets.UTF_8);
	}

}
