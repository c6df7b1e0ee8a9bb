package ca.pignon.uploads.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import ca.pignon.uploads.UploadKind;

/**
 * What a photo says beside its picture, removed before it is kept (Loi 25: a photo of a storefront taken with a phone
 * says where the phone was, and which phone): a JPEG's EXIF (GPS position, camera, dates), XMP and IPTC blocks, with
 * commons-imaging's lossless rewriters (the picture's bytes are not encoded again), keeping only the orientation so
 * that the photo still shows upright; a PNG's text chunks ({@code tEXt}, {@code zTXt}, {@code iTXt}), its
 * {@code eXIf} and {@code tIME}; a WebP's {@code EXIF} and {@code XMP } chunks, with the flags of its header. Any other
 * kind comes back as it is (a PDF is a document, not a photo; HEIC is not rewritten).
 */
public final class PhotoMetadata {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final Set<String> PNG_DROPPED = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

	private static final Set<String> WEBP_DROPPED = Set.of("EXIF", "XMP ");

	/** The VP8X header's flags for EXIF and XMP data present. */
	private static final int WEBP_EXIF_FLAG = 0x08;

	private static final int WEBP_XMP_FLAG = 0x04;

	private PhotoMetadata() {
	}

	/**
	 * The photo without its metadata.
	 * @throws IOException when the photo cannot be read as the kind it says it is
	 */
	public static byte[] stripped(UploadKind kind, byte[] photo) throws IOException {
		return switch (kind) {
			case JPEG -> jpeg(photo);
			case PNG -> png(photo);
			case WEBP -> webp(photo);
			case HEIC, PDF -> photo;
		};
	}

	private static byte[] jpeg(byte[] photo) throws IOException {
		Optional<Short> orientation = orientation(photo);
		byte[] bytes = rewrite(photo, (in, out) -> new ExifRewriter().removeExifMetadata(in, out));
		bytes = rewrite(bytes, (in, out) -> new JpegXmpRewriter().removeXmpXml(in, out));
		bytes = rewrite(bytes, (in, out) -> new JpegIptcRewriter().removeIptc(in, out, true));
		if (orientation.isPresent() && orientation.get() != TiffTagConstants.ORIENTATION_VALUE_HORIZONTAL_NORMAL) {
			TiffOutputSet kept = new TiffOutputSet();
			kept.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, orientation.get());
			bytes = rewrite(bytes, (in, out) -> new ExifRewriter().updateExifMetadataLossless(in, out, kept));
		}
		return bytes;
	}

	private static Optional<Short> orientation(byte[] photo) throws ImagingException, IOException {
		var metadata = new JpegImageParser().getMetadata(
				org.apache.commons.imaging.bytesource.ByteSource.array(photo));
		if (!(metadata instanceof JpegImageMetadata jpeg) || jpeg.getExif() == null) {
			return Optional.empty();
		}
		TiffField field = jpeg.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
		return field == null ? Optional.empty() : Optional.of((short) field.getIntValue());
	}

	private interface Rewrite {

		void apply(byte[] in, ByteArrayOutputStream out) throws IOException;

	}

	private static byte[] rewrite(byte[] in, Rewrite rewrite) throws IOException {
		var out = new ByteArrayOutputStream(in.length);
		rewrite.apply(in, out);
		return out.toByteArray();
	}

	/** PNG: a signature, then chunks of length (4, big-endian), type (4), data and CRC (4). */
	private static byte[] png(byte[] photo) throws IOException {
		if (photo.length < PNG_SIGNATURE.length
				|| !Arrays.equals(photo, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
			throw new IOException("not a PNG");
		}
		var out = new ByteArrayOutputStream(photo.length);
		out.write(photo, 0, PNG_SIGNATURE.length);
		int at = PNG_SIGNATURE.length;
		while (at < photo.length) {
			if (at + 8 > photo.length) {
				throw new IOException("truncated PNG chunk");
			}
			long length = ByteBuffer.wrap(photo, at, 4).order(ByteOrder.BIG_ENDIAN).getInt() & 0xFFFFFFFFL;
			String type = new String(photo, at + 4, 4, StandardCharsets.US_ASCII);
			long end = at + 12L + length;
			if (end > photo.length) {
				throw new IOException("truncated PNG chunk");
			}
			if (!PNG_DROPPED.contains(type)) {
				out.write(photo, at, (int) (end - at));
			}
			at = (int) end;
			if (type.equals("IEND")) {
				// what follows the image's end is no chunk a reader looks at: left as it is
				out.write(photo, at, photo.length - at);
				break;
			}
		}
		return out.toByteArray();
	}

	/** WebP: "RIFF", size (4, little-endian), "WEBP", then chunks of type (4), size (4) and data padded to even. */
	private static byte[] webp(byte[] photo) throws IOException {
		if (photo.length < 12 || !ascii(photo, 0).equals("RIFF") || !ascii(photo, 8).equals("WEBP")) {
			throw new IOException("not a WebP");
		}
		var chunks = new ByteArrayOutputStream(photo.length);
		int at = 12;
		while (at + 8 <= photo.length) {
			String type = ascii(photo, at);
			long size = ByteBuffer.wrap(photo, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
			long end = at + 8L + size + (size % 2);
			if (at + 8L + size > photo.length) {
				throw new IOException("truncated WebP chunk");
			}
			end = Math.min(end, photo.length);
			if (!WEBP_DROPPED.contains(type)) {
				byte[] chunk = Arrays.copyOfRange(photo, at, (int) end);
				if (type.equals("VP8X") && chunk.length > 8) {
					chunk[8] = (byte) (chunk[8] & ~(WEBP_EXIF_FLAG | WEBP_XMP_FLAG));
				}
				chunks.write(chunk);
			}
			at = (int) end;
		}
		byte[] body = chunks.toByteArray();
		ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
		out.put(photo, 0, 4).putInt(4 + body.length).put(photo, 8, 4).put(body);
		return out.array();
	}

	private static String ascii(byte[] bytes, int at) {
		return new String(bytes, at, 4, StandardCharsets.US_ASCII);
	}

}
