package ca.pignon.handover.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Date;

import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

import ca.pignon.handover.HandoverRefused;

/**
 * The archive encrypted with a passphrase in OpenPGP (RFC 4880): a symmetric AES-256 packet with an integrity check
 * around a literal data packet holding the ZIP, which {@code gpg --decrypt} reads. Bouncy Castle's lightweight API,
 * so no security provider is registered.
 */
public final class ArchiveEncryption {

	private static final int BUFFER = 1 << 16;

	private ArchiveEncryption() {
	}

	/** A stream that encrypts what is written to it into {@code target}; closing it finishes the message. */
	public static OutputStream encrypting(OutputStream target, char[] passphrase) throws IOException {
		PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(
				new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
					.setSecureRandom(new SecureRandom()));
		encryption.addMethod(new BcPBEKeyEncryptionMethodGenerator(passphrase));
		try {
			OutputStream encrypted = encryption.open(target, new byte[BUFFER]);
			PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
			OutputStream plain = literal.open(encrypted, PGPLiteralData.BINARY, "pignon-program.zip", new Date(),
					new byte[BUFFER]);
			return new java.io.FilterOutputStream(plain) {

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					out.write(b, off, len);
				}

				@Override
				public void close() throws IOException {
					plain.close();
					literal.close();
					encrypted.close();
					encryption.close();
				}

			};
		}
		catch (PGPException ex) {
			throw new IOException(ex);
		}
	}

	/** Whether the file starts like a ZIP (a local file header); otherwise it may be an OpenPGP message. */
	public static boolean isZip(InputStream in) throws IOException {
		in.mark(4);
		byte[] start = in.readNBytes(4);
		in.reset();
		return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
	}

	/** Whether the file starts like an OpenPGP message: a binary packet tag (high bit set) or ASCII armour. */
	public static boolean isOpenPgp(InputStream in) throws IOException {
		in.mark(16);
		byte[] start = in.readNBytes(15);
		in.reset();
		return start.length > 0 && ((start[0] & 0x80) != 0
				|| new String(start, java.nio.charset.StandardCharsets.US_ASCII).startsWith("-----BEGIN PGP"));
	}

	/** Decrypts an OpenPGP message encrypted with a passphrase, copying the clear bytes to {@code out}. */
	public static void decrypt(InputStream in, char[] passphrase, OutputStream out) throws IOException {
		try {
			BcPGPObjectFactory objects = new BcPGPObjectFactory(PGPUtil.getDecoderStream(new BufferedInputStream(in)));
			Object next = objects.nextObject();
			while (next != null && !(next instanceof PGPEncryptedDataList)) {
				next = objects.nextObject();
			}
			if (next == null) {
				throw new HandoverRefused("notAnArchive");
			}
			PGPPBEEncryptedData encrypted = null;
			for (Object data : (PGPEncryptedDataList) next) {
				if (data instanceof PGPPBEEncryptedData pbe) {
					encrypted = pbe;
				}
			}
			if (encrypted == null) {
				throw new HandoverRefused("notAnArchive");
			}
			InputStream clear;
			try {
				clear = encrypted.getDataStream(
						new BcPBEDataDecryptorFactory(passphrase, new BcPGPDigestCalculatorProvider()));
			}
			catch (PGPException ex) {
				throw new HandoverRefused("passphrase");
			}
			Object message = new BcPGPObjectFactory(clear).nextObject();
			if (message instanceof PGPCompressedData compressed) {
				message = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
			}
			if (!(message instanceof PGPLiteralData literal)) {
				throw new HandoverRefused("notAnArchive");
			}
			literal.getInputStream().transferTo(out);
			if (encrypted.isIntegrityProtected() && !encrypted.verify()) {
				throw new HandoverRefused("damaged", "OpenPGP");
			}
		}
		catch (PGPException | IOException | RuntimeException ex) {
			if (ex instanceof HandoverRefused refused) {
				throw refused;
			}
			throw new HandoverRefused("passphrase");
		}
	}

}
