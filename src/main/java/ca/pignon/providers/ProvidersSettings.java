package ca.pignon.providers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The provider module's settings ({@code pignon.providers.*}).
 *
 * @param approvalMonths how long a vetting holds before the provider must renew it
 * @param shortlistSize how many providers a brief's request goes out to when that many fit
 * @param servicesLocation the list of services (YAML, see {@code providers/services.yaml})
 * @param reminderBefore how long before the deadline a provider who has not answered is reminded
 */
@ConfigurationProperties("pignon.providers")
public record ProvidersSettings(@DefaultValue("12") int approvalMonths, @DefaultValue("3") int shortlistSize,
		@DefaultValue("classpath:providers/services.yaml") Resource servicesLocation,
		@DefaultValue("P2D") Duration reminderBefore) {

}
