package ca.pignon.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of every mail
 * @param fromName the sender name merchants see
 */
@ConfigurationProperties("pignon.mail")
record MailSettings(@DefaultValue("pignon@localhost") String from, @DefaultValue("Pignon") String fromName) {
}
