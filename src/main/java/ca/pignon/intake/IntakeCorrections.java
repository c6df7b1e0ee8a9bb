package ca.pignon.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

/**
 * What a merchant may correct after submitting (issue 18, point 5): the contact person and phone, the website and
 * social links, and the storefront's address, which the rules place and decide again and staff then confirm. Every
 * correction is a line of the application's history (who, when, before, after). Values are checked here
 * ({@link CorrectionPolicy}) whoever sends them, and by the pages' forms as at registration; a correction that changes
 * nothing writes nothing.
 */
@Service
@Transactional
public class IntakeCorrections {

	private final MerchantApplications applications;

	private final ChangeLog changes;

	private final IntakeManagement intake;

	private final Clock clock;

	IntakeCorrections(MerchantApplications applications, ChangeLog changes, IntakeManagement intake, Clock clock) {
		this.applications = applications;
		this.changes = changes;
		this.intake = intake;
		this.clock = clock;
	}

	/** @return whether anything changed */
	public boolean correctContact(AccountId account, Contact contact, long expectedVersion) {
		refuseIfAny(CorrectionPolicy.contact(contact));
		MerchantApplication application = submitted(account, expectedVersion);
		String before = words(application.contact());
		String after = words(contact);
		if (before.equals(after)) {
			return false;
		}
		Instant now = clock.instant();
		application.correctContact(contact, now);
		save(application);
		changes.record(application.applicationId(), Actor.of(account), "CONTACT_CORRECTED", now, before, after, null);
		return true;
	}

	/** @return whether anything changed */
	public boolean correctLinks(AccountId account, @Nullable String website, @Nullable String facebook,
			@Nullable String instagram, @Nullable String otherLinks, long expectedVersion) {
		refuseIfAny(CorrectionPolicy.links(blankToNull(website), blankToNull(facebook), blankToNull(instagram),
				blankToNull(otherLinks)));
		MerchantApplication application = submitted(account, expectedVersion);
		OnlinePresence current = application.online();
		OnlinePresence corrected = new OnlinePresence(blankToNull(website), blankToNull(facebook),
				blankToNull(instagram), blankToNull(otherLinks), current == null ? "" : current.goals(),
				current == null ? null : current.goalsOther());
		String before = words(current);
		String after = words(corrected);
		if (before.equals(after)) {
			return false;
		}
		Instant now = clock.instant();
		application.correctLinks(corrected, now);
		save(application);
		changes.record(application.applicationId(), Actor.of(account), "LINKS_CORRECTED", now, before, after, null);
		return true;
	}

	/**
	 * A new address: placed and decided by the rules at once, then waiting for staff to confirm (the merchant's
	 * status page says "À vérifier"). A correction that does not matter for eligibility ({@link CorrectionPolicy},
	 * the same address typed again differently, or only the unit) is kept in the history and leaves the decision as
	 * it stands: the candidate stays where they are in the selection.
	 *
	 * @return whether anything changed
	 */
	public boolean correctStorefront(AccountId account, Storefront storefront, long expectedVersion) {
		refuseIfAny(CorrectionPolicy.storefront(storefront));
		MerchantApplication application = submitted(account, expectedVersion);
		Storefront current = application.storefront();
		String before = words(current);
		String after = words(storefront);
		if (before.equals(after) && current != null && current.receptionMode() == storefront.receptionMode()) {
			return false;
		}
		Instant now = clock.instant();
		boolean decideAgain = CorrectionPolicy.mattersForEligibility(current, storefront);
		application.correctStorefront(storefront, now);
		changes.record(application.applicationId(), Actor.of(account), "ADDRESS_CORRECTED", now, before, after,
				null);
		if (decideAgain) {
			intake.relocate(application, Actor.of(account), now);
		}
		else {
			save(application);
		}
		return true;
	}

	private static void refuseIfAny(java.util.List<ca.pignon.platform.Refused.Problem> problems) {
		if (!problems.isEmpty()) {
			throw new IntakeRefused(problems);
		}
	}

	private MerchantApplication submitted(AccountId account, long expectedVersion) {
		MerchantApplication application = applications.findByAccount(account.value())
			.orElseThrow(() -> new IntakeRefused("intake.refused.noDraft"));
		if (application.status() == ApplicationStatus.DRAFT) {
			throw new IntakeRefused("intake.refused.notSubmitted");
		}
		if (application.version() != expectedVersion) {
			throw new IntakeRefused("intake.refused.staleVersion");
		}
		return application;
	}

	private void save(MerchantApplication application) {
		try {
			applications.save(application);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new IntakeRefused("intake.refused.staleVersion");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String words(@Nullable Contact contact) {
		return contact == null ? ""
				: join(contact.firstName() + " " + contact.lastName(), contact.phone());
	}

	private static String words(@Nullable OnlinePresence online) {
		return online == null ? "" : join(online.website(), online.facebook(), online.instagram(), online.otherLinks());
	}

	private static String words(@Nullable Storefront storefront) {
		if (storefront == null) {
			return "";
		}
		return join(storefront.civicNumber() + " " + storefront.street(), storefront.unit(),
				storefront.municipality() + " " + storefront.postalCode());
	}

	private static String join(@Nullable String... parts) {
		return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank())
			.collect(Collectors.joining(", "));
	}

}
