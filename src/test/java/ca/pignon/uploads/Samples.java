package ca.pignon.uploads;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Real files of each accepted kind: photos written by the JDK's image writers, a PDF written by PDFBox, and, for the
 * formats the JDK cannot write (WebP, HEIC), the container headers those formats begin with.
 */
final class Samples {

	private Samples() {
	}

	static byte[] of(UploadKind kind) {
		return switch (kind) {
			case JPEG -> image("jpg");
			case PNG -> png();
			case WEBP -> riff("WEBP", "VP8L");
			case HEIC -> isoMedia("heic");
			case PDF -> pdf();
		};
	}

	static byte[] png() {
		return image("png");
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, Color.ORANGE.getRGB());
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] pdf() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] riff(String form, String chunk) {
		ByteBuffer buffer = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(ascii("RIFF")).putInt(24).put(ascii(form)).put(ascii(chunk)).putInt(12);
		return buffer.array();
	}

	private static byte[] isoMedia(String brand) {
		ByteBuffer buffer = ByteBuffer.allocate(32).order(ByteOrder.BIG_ENDIAN);
		buffer.putInt(24).put(ascii("ftyp")).put(ascii(brand)).putInt(0).put(ascii("mif1")).put(ascii(brand));
		return buffer.array();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
