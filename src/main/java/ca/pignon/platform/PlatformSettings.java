package ca.pignon.platform;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the house, from {@code pignon.*} properties or their environment variables ({@code PIGNON_DATA_DIR}...).
 *
 * @param dataDir where Pignon keeps its files, the embedded database among them
 * @param publicUrl the address merchants reach Pignon at, used in links sent by email
 */
@ConfigurationProperties("pignon")
record PlatformSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("http://localhost:8080") URI publicUrl) {
}
