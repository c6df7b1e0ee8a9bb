package ca.pignon.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.Mailer;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.People;
import ca.pignon.platform.Role;
import ca.pignon.platform.Secrets;
import ca.pignon.privacy.internal.PendingRequests;
import ca.pignon.privacy.internal.RequestRow;
import ca.pignon.privacy.internal.RequestRows;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * Requests about personal information (Loi 25): a merchant files one (access, rectification, withdrawal of a consent,
 * destruction), the people in charge of personal information are told at once, reminded on day 20 and see what is
 * overdue; one of them answers within 30 days, and the answer is kept. The administrator names who is in charge,
 * among managers and administrators.
 */
@Service
@Transactional
public class PrivacyRequests {

	private static final Locale FRENCH = Locale.CANADA_FRENCH;

	/** How many requests one address may file from the public form in a day. */
	static final int PUBLIC_REQUESTS_PER_DAY = 3;

	/** How long the link that confirms a public request's address works. */
	static final java.time.Duration PUBLIC_LINK_VALIDITY = java.time.Duration.ofHours(48);

	private final PendingRequests pending;

	private final RequestRows rows;

	private final DossierManagement dossiers;

	private final AccountManagement accounts;

	private final People people;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final ResponseDeadline deadline;

	private final TransactionTemplate transactions;

	private final int publicRequestsPerHour;

	PrivacyRequests(RequestRows rows, PendingRequests pending, DossierManagement dossiers, AccountManagement accounts, People people,
			Mailer mailer, MessageSource messages, Clock clock, PlatformTransactionManager transactionManager,
			@Value("${pignon.privacy.zone:America/Toronto}") ZoneId zone,
			@Value("${pignon.privacy.public-requests-per-hour:20}") int publicRequestsPerHour) {
		this.publicRequestsPerHour = publicRequestsPerHour;
		this.transactions = new TransactionTemplate(transactionManager);
		this.rows = rows;
		this.pending = pending;
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.people = people;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.deadline = new ResponseDeadline(zone);
	}

	/** Files a merchant's request and tells the people in charge, who must answer by the date it returns. */
	public PrivacyRequest file(AccountId merchant, @Nullable RequestKind kind, @Nullable String details) {
		if (kind == null) {
			throw new PrivacyRefused("kind", "privacy.request.kind.required");
		}
		String text = RequestTextPolicy.DETAILS.clean(details);
		Instant now = clock.instant();
		var row = new RequestRow(UUID.randomUUID(), kind.name(), merchant.value(),
				dossiers.ofMerchant(merchant).map(d -> d.applicationId().value()).orElse(null), text, now,
				deadline.dueOn(now), null, null, null, 0, null, null, null);
		rows.insert(row);
		PrivacyRequest filed = view(row);
		tellOfficers("privacy.mail.filed.subject", "privacy.mail.filed.body", filed);
		return filed;
	}

	/**
	 * Anyone's request, from the public form: kept aside and a one-time link mailed to the address given; it counts
	 * (and its 30 days run) only once the link confirms the address ({@link #confirm}). At most
	 * {@value #PUBLIC_REQUESTS_PER_DAY} a day per address, so that the form cannot be used to flood a mailbox, and at
	 * most {@code pignon.privacy.public-requests-per-hour} an hour from everyone together (counted in the database, so
	 * across instances), so that a script trying many addresses cannot turn Pignon into a mail cannon.
	 */
	public void filePublic(@Nullable String name, @Nullable String email, @Nullable RequestKind kind,
			@Nullable String details, Locale language) {
		PublicRequestPolicy.Accepted accepted = PublicRequestPolicy.accept(name, email, kind, details);
		Instant now = clock.instant();
		if (pending.filedSince(accepted.email(), now.minus(java.time.Duration.ofDays(1))) >= PUBLIC_REQUESTS_PER_DAY) {
			throw new PrivacyRefused("email", "privacy.public.tooMany");
		}
		if (pending.filedSince(now.minus(java.time.Duration.ofHours(1))) >= publicRequestsPerHour) {
			throw new PrivacyRefused(null, "privacy.public.busy");
		}
		String secret = Secrets.newSecret();
		pending.insert(new PendingRequests.Pending(UUID.randomUUID(), accepted.kind().name(), accepted.name(),
				accepted.email(), accepted.details(), language.getLanguage()), Secrets.hash(secret), now,
				now.plus(PUBLIC_LINK_VALIDITY));
		mailer.send(accepted.email(), messages.getMessage("privacy.mail.confirm.subject", null, language),
				messages.getMessage("privacy.mail.confirm.body", new Object[] { accepted.name(),
						messages.getMessage("privacy.RequestKind." + accepted.kind().name(), null, language),
						mailer.link("/privacy/request/confirm?key=" + secret), PUBLIC_LINK_VALIDITY.toHours() },
						language));
	}

	/** Whether this link may still confirm a request (not used, not expired). */
	@Transactional(readOnly = true)
	public boolean confirmable(@Nullable String secret) {
		return secret != null && !secret.isBlank() && pending.valid(Secrets.hash(secret.strip()), clock.instant());
	}

	/**
	 * Confirms the address of a request from the public form: from now it is received, due in 30 days, and the people
	 * in charge are told; once per link.
	 * @return the request, or nothing when the link was used, expired or never existed
	 */
	public Optional<PrivacyRequest> confirm(@Nullable String secret) {
		if (secret == null || secret.isBlank()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		return pending.confirm(Secrets.hash(secret.strip()), now, id).map(confirmed -> {
			var row = new RequestRow(id, confirmed.kind(), null, null, confirmed.details(), now, deadline.dueOn(now),
					null, null, null, 0, confirmed.name(), confirmed.email(), confirmed.language());
			rows.insert(row);
			PrivacyRequest filed = view(row);
			tellOfficers("privacy.mail.filed.subject", "privacy.mail.filed.body", filed);
			return filed;
		});
	}

	@Transactional(readOnly = true)
	public List<PrivacyRequest> of(AccountId merchant) {
		return rows.ofRequester(merchant.value()).stream().map(this::view).toList();
	}

	/** Every request, unanswered first by due date: for the people in charge. */
	@Transactional(readOnly = true)
	public List<PrivacyRequest> all() {
		return rows.all().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public PrivacyRequest get(UUID id) {
		return view(rows.find(id).orElseThrow(NotFound::new));
	}

	/**
	 * Records the answer of a person in charge, refused when the request was answered or changed since the page
	 * showed it.
	 */
	public PrivacyRequest answer(UUID id, @Nullable String answer, long expectedVersion, AccountId officer) {
		requireOfficer(officer);
		String text = RequestTextPolicy.ANSWER.clean(answer);
		RequestRow row = rows.find(id).orElseThrow(NotFound::new);
		if (!rows.answer(id, text, clock.instant(), officer.value(), expectedVersion)) {
			throw new PrivacyRefused("answer", row.answeredAt() != null ? "privacy.request.alreadyAnswered"
					: "privacy.request.changed");
		}
		PrivacyRequest answered = get(id);
		if (row.requesterAccount() != null) {
			accounts.find(new AccountId(row.requesterAccount()))
				.ifPresent(requester -> mailer.send(requester.email(),
						text("privacy.mail.answered.subject"),
						text("privacy.mail.answered.body", mailer.link("/privacy/my"))));
		}
		else if (row.requesterEmail() != null) {
			// someone without an account reads the answer in the mail itself
			// in the language the form was filled in
			Locale language = row.requesterLanguage() == null ? FRENCH
					: Locale.forLanguageTag(row.requesterLanguage());
			mailer.send(row.requesterEmail(), messages.getMessage("privacy.mail.answered.subject", null, language),
					messages.getMessage("privacy.mail.answeredPublic.body", new Object[] { text }, language));
		}
		return answered;
	}

	/**
	 * Mails the people in charge about the requests whose day 20 has come, once each, whatever instance runs it: each
	 * request is claimed by the same transaction that queues its mails in the outbox, so an instance that dies half-way
	 * claims nothing, and another one, running at once, waits on the claimed rows and then finds them claimed.
	 */
	@Scheduled(cron = "${pignon.privacy.reminder-cron:0 15 8 * * *}", zone = "${pignon.privacy.zone:America/Toronto}")
	@SchedulerLock(name = "privacy.day-20-reminder", lockAtLeastFor = "PT1M")
	void remindDueOnSchedule() {
		remindDue();
	}

	public int remindDue() {
		// explicit, so that the claim and the mails share one transaction however the scheduler calls this method
		return Objects.requireNonNull(transactions.execute(status -> remindDueNow()));
	}

	private int remindDueNow() {
		Instant now = clock.instant();
		LocalDate today = deadline.today(now);
		// a request is reminded from the day its reminder day comes: due on or before today + 10 days
		List<RequestRow> claimed = rows.claimReminders(today.plusDays(
				ResponseDeadline.DAYS_TO_ANSWER - ResponseDeadline.REMINDER_DAY), now);
		claimed.forEach(row -> tellOfficers("privacy.mail.reminder.subject", "privacy.mail.reminder.body", view(row)));
		// the public form's requests nobody confirmed: nobody showed who they are, nothing is kept
		pending.forgetExpired(now);
		return claimed.size();
	}

	@Transactional(readOnly = true)
	public boolean isOfficer(AccountId account) {
		return rows.isOfficer(account.value());
	}

	/** The people in charge, by account and name. */
	@Transactional(readOnly = true)
	public Map<AccountId, String> officers() {
		List<AccountId> officers = rows.officers().stream().map(AccountId::new).toList();
		var names = people.namesOf(officers);
		var ordered = new java.util.LinkedHashMap<AccountId, String>();
		officers.forEach(officer -> ordered.put(officer, names.get(officer)));
		return ordered;
	}

	/** Names a manager or an administrator in charge of personal information. */
	public void designate(AccountId account, AccountId by) {
		AccountSummary summary = accounts.find(account).orElseThrow(NotFound::new);
		if (summary.role() != Role.MANAGER && summary.role() != Role.ADMIN || !summary.enabled()) {
			throw new PrivacyRefused("account", "privacy.officer.notEligible");
		}
		rows.designate(account.value(), clock.instant(), by.value());
	}

	public void revoke(AccountId account) {
		rows.revoke(account.value());
	}

	private void requireOfficer(AccountId account) {
		if (!rows.isOfficer(account.value())) {
			throw new NotFound();
		}
	}

	private void tellOfficers(String subjectKey, String bodyKey, PrivacyRequest request) {
		String kind = text("privacy.RequestKind." + request.kind().name());
		String due = request.dueOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH));
		for (UUID officer : rows.officers()) {
			accounts.find(new AccountId(officer))
				.filter(AccountSummary::enabled)
				.ifPresent(account -> mailer.send(account.email(), text(subjectKey, kind, due),
						text(bodyKey, kind, request.requester(), due, mailer.link("/privacy/requests/" + request.id()))));
		}
	}

	private PrivacyRequest view(RequestRow row) {
		String business = row.applicationId() == null ? null
				: dossiers.find(new ApplicationId(row.applicationId())).map(Dossier::businessName).orElse(null);
		String requester = row.requesterAccount() != null ? people.nameOf(new AccountId(row.requesterAccount()))
				: row.requesterName() + " (" + row.requesterEmail() + ")";
		return new PrivacyRequest(row.id(), RequestKind.valueOf(row.kind()), requester, row.applicationId(),
				business, row.details(),
				row.receivedAt(),
				row.dueOn(), ResponseDeadline.standing(row.dueOn(), row.answeredAt(), deadline.today(clock.instant())),
				row.answer(), row.answeredAt(), row.answeredBy() == null ? null
						: people.nameOf(new AccountId(row.answeredBy())),
				row.version());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, FRENCH);
	}

}
