package ca.pignon.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;


/**
 * What a GreenMail server received, as the mail tests read it: the mails to one address whose subject or text
 * quotes something, waited for (at most 30 s: the outbox sends after the commit), and a mail's decoded text.
 */
public final class ReceivedMails {

	private ReceivedMails() {
	}

	/** Waits until at least {@code count} mails to the recipient quote this, and returns them all. */
	public static List<MimeMessage> await(GreenMailOperations smtp, String recipient, String quoting, int count) {
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> to(smtp, recipient, quoting).size() >= count);
		return to(smtp, recipient, quoting);
	}

	/** The mails received for the recipient whose subject or text contains this. */
	public static List<MimeMessage> to(GreenMailOperations smtp, String recipient, String quoting) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)
						&& (message.getSubject().contains(quoting) || body(message).contains(quoting));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The mail's text, decoded (mails are quoted-printable); a mail of several parts gives its text parts. */
	public static String body(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof Multipart parts) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < parts.getCount(); i++) {
					if (parts.getBodyPart(i).getContent() instanceof String part) {
						text.append(part).append('\n');
					}
				}
				return text.toString().replace("\r\n", "\n");
			}
			return content.toString().replace("\r\n", "\n");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
