package ca.pignon.progress.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ca.pignon.progress.ProgressManagement;
import ca.pignon.providers.ProviderWorkDelivered;

/**
 * The merchant rated a provider's delivered work and said the action is done: "Mon plan" shows it done, with the
 * delivered work as its evidence and a note naming the provider.
 */
@Component
class ProviderDeliveryFollower {

	private final ProgressManagement progress;

	private final MessageSource messages;

	ProviderDeliveryFollower(ProgressManagement progress, MessageSource messages) {
		this.progress = progress;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ProviderWorkDelivered delivered) {
		String note = messages.getMessage("progress.deliveredBy", new Object[] { delivered.providerName() },
				Locale.CANADA_FRENCH);
		progress.doneByDelivery(delivered.application(), delivered.actionKey(), delivered.deliveredUrl(), note,
				delivered.merchant());
	}

}
