package ca.pignon.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of every mail
 * @param fromName the sender name merchants see
 * @param retryDelay how long the outbox waits between two rounds of sending what is waiting
 * @param lease how long a dispatcher holds a mail it is sending: longer than the SMTP timeouts; when it runs out
 * (the instance died), another dispatcher sends the mail
 */
@ConfigurationProperties("pignon.mail")
record MailSettings(@DefaultValue("pignon@localhost") String from, @DefaultValue("Pignon") String fromName,
		@DefaultValue("PT30S") Duration retryDelay, @DefaultValue("PT2M") Duration lease) {
}
