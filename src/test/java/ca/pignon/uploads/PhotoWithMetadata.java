package ca.pignon.uploads;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.jspecify.annotations.Nullable;

/**
 * Photos as phones save them: a real JPEG with EXIF GPS position, camera and orientation (written by commons-imaging);
 * a PNG with text and eXIf chunks; a WebP with its EXIF and XMP chunks flagged in its header.
 */
final class PhotoWithMetadata {

	static final double LATITUDE = 46.8139;

	static final double LONGITUDE = -71.2080;

	static final String CAMERA = "Pixel-Zéphyr 9";

	private PhotoWithMetadata() {
	}

	static byte[] jpeg(short orientation) {
		try {
			BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
			image.setRGB(3, 3, Color.ORANGE.getRGB());
			var plain = new ByteArrayOutputStream();
			ImageIO.write(image, "jpg", plain);
			TiffOutputSet exif = new TiffOutputSet();
			exif.setGpsInDegrees(LONGITUDE, LATITUDE);
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, CAMERA);
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, orientation);
			exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:12:01 10:15:00");
			var out = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The EXIF of a JPEG as a reader sees it, or none. */
	static @Nullable TiffImageMetadata exifOf(byte[] jpeg) throws IOException {
		return Imaging.getMetadata(jpeg) instanceof JpegImageMetadata metadata ? metadata.getExif() : null;
	}

	static byte[] png() {
		byte[] plain = Samples.png();
		// after the header chunk (8 + 25 bytes): a text chunk naming the place, and an eXIf chunk
		var out = new ByteArrayOutputStream();
		out.write(plain, 0, 33);
		chunk(out, "tEXt", ("Location\0" + CAMERA + " au 46.8139,-71.2080").getBytes(StandardCharsets.ISO_8859_1));
		chunk(out, "eXIf", ("MM\0*" + CAMERA).getBytes(StandardCharsets.UTF_8));
		out.write(plain, 33, plain.length - 33);
		return out.toByteArray();
	}

	static byte[] webp() {
		var chunks = new ByteArrayOutputStream();
		byte[] vp8x = new byte[10];
		vp8x[0] = 0x08 | 0x04;
		riffChunk(chunks, "VP8X", vp8x);
		riffChunk(chunks, "VP8L", new byte[12]);
		riffChunk(chunks, "EXIF", ("MM\0*" + CAMERA).getBytes(StandardCharsets.UTF_8));
		riffChunk(chunks, "XMP ", ("<x:xmpmeta>" + CAMERA + "</x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
		byte[] body = chunks.toByteArray();
		return ByteBuffer.allocate(12 + body.length)
			.order(ByteOrder.LITTLE_ENDIAN)
			.put(ascii("RIFF"))
			.putInt(4 + body.length)
			.put(ascii("WEBP"))
			.put(body)
			.array();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(ascii(type));
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(ascii(type));
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static void riffChunk(ByteArrayOutputStream out, String type, byte[] data) {
		out.writeBytes(ascii(type));
		out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
		out.writeBytes(data);
		if (data.length % 2 == 1) {
			out.write(0);
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
