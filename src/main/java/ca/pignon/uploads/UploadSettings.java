package ca.pignon.uploads;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest file accepted; the servlet's own limit is set higher, so that a file over this size
 * reaches the form, which refuses it in words and keeps what else was typed
 */
@ConfigurationProperties("pignon.uploads")
public record UploadSettings(@DefaultValue("10MB") DataSize maxSize) {
}
