package ca.pignon.providers;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A provider's structured answer to a brief.
 *
 * @param oneTime the price of the work, once, in dollars before taxes
 * @param yearly the price every year after (hosting, licences, maintenance), none when the provider gave none
 * @param weeks how many weeks from the order to delivery
 */
public record Quote(BigDecimal oneTime, @Nullable BigDecimal yearly, String included, int weeks,
		DomainOwner domainOwner, ContentOwner contentOwner, String maintenance, boolean frenchService,
		Accessibility accessibility, Hosting hosting) {
}
