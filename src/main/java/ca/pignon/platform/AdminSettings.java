package ca.pignon.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator ({@link FirstAdmin}), from {@code PIGNON_ADMIN_EMAIL} and its neighbours.
 *
 * @param email the first administrator's address; without it (or the password), a one-time setup link is logged
 * @param password the first administrator's password
 * @param apiToken a personal API token given to the first administrator, for automation (at least 32 characters)
 */
@ConfigurationProperties("pignon.admin")
record AdminSettings(@DefaultValue("") String email, @DefaultValue("") String password,
		@DefaultValue("") String apiToken) {
}
