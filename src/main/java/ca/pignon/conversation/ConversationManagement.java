package ca.pignon.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.conversation.internal.AnswerPolicy;
import ca.pignon.conversation.internal.ContactPolicy;
import ca.pignon.conversation.internal.ContactStore;
import ca.pignon.conversation.internal.ConversationMails;
import ca.pignon.conversation.internal.MessagePolicy;
import ca.pignon.conversation.internal.MessageStore;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.AccountSummary;
import ca.pignon.platform.People;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.ProgramSettings;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * The conversation of each dossier between the merchant and their advisor: reading it, writing in it (each message
 * mailed to the other side), what merchants still wait an answer to, and the contact details advisors show. Who may
 * read or write a dossier's conversation is the dossier's one access rule, asked by the pages; every value is checked
 * here.
 */
@Service
@Transactional
public class ConversationManagement {

	private final MessageStore messages;

	private final ContactStore contacts;

	private final ConversationMails mails;

	private final DossierManagement dossiers;

	private final AccountManagement accounts;

	private final People people;

	private final ProgramSettings program;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConversationManagement(MessageStore messages, ContactStore contacts, ConversationMails mails,
			DossierManagement dossiers, AccountManagement accounts, People people, ProgramSettings program,
			ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.contacts = contacts;
		this.mails = mails;
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.people = people;
		this.program = program;
		this.events = events;
		this.clock = clock;
	}

	/** The dossier's conversation, oldest message first, with how to reach its advisor. */
	@Transactional(readOnly = true)
	public Conversation conversation(ApplicationId application) {
		Dossier dossier = dossiers.get(application);
		List<MessageStore.Row> rows = messages.of(application.value());
		Map<AccountId, String> names = people
			.namesOf(rows.stream().map(row -> new AccountId(row.author())).distinct().toList());
		List<Message> list = rows.stream()
			.map(row -> new Message(new AccountId(row.author()), names.getOrDefault(new AccountId(row.author()), ""),
					row.byStaff(), row.body(), row.actionKey(), row.actionTitle(), row.at()))
			.toList();
		int unanswered = AnswerPolicy.unanswered(rows.stream().map(MessageStore.Row::byStaff).toList());
		return new Conversation(application, dossier.businessName(), contactOf(dossier).orElse(null), list,
				unanswered);
	}

	/**
	 * A message in the dossier's conversation, mailed to the other side: the merchant's to their advisor, staff's to
	 * the merchant. A merchant writes only once an advisor accompanies them (before, they write to the program).
	 *
	 * @param actionKey the action of the plan a request for help is about, with its title; none for a plain message
	 */
	public void write(ApplicationId application, @Nullable String body, @Nullable String actionKey,
			@Nullable String actionTitle, PignonUser by) {
		Optional<ConversationRefused> refused = MessagePolicy.refusal(body);
		if (refused.isPresent()) {
			throw refused.get();
		}
		String text = MessagePolicy.text(body == null ? "" : body);
		Dossier dossier = dossiers.get(application);
		boolean byStaff = by.role().isStaff();
		Optional<AccountSummary> advisor = Optional.ofNullable(dossier.advisor()).flatMap(accounts::find);
		if (!byStaff && advisor.isEmpty()) {
			throw new ConversationRefused("body", "conversation.refused.noAdvisor", program.contact().email());
		}
		Instant now = clock.instant();
		messages.add(application.value(), by.accountId().value(), byStaff, text, actionKey, actionTitle, now);
		if (byStaff) {
			accounts.find(dossier.merchant())
				.ifPresent(merchant -> mails.toMerchant(merchant, people.nameOf(by.accountId()), text));
		}
		else {
			mails.toAdvisor(advisor.get(), application, dossier.businessName(), text, actionKey, actionTitle);
		}
		events.publishEvent(new MessageWritten(application, byStaff, actionKey, now));
	}

	/** The requests for help on the actions of the plan, by action key, oldest first (for "Mon plan"). */
	@Transactional(readOnly = true)
	public Map<String, List<Message>> helpRequests(ApplicationId application) {
		Map<String, List<Message>> byAction = new HashMap<>();
		for (Message message : conversation(application).messages()) {
			if (message.actionKey() != null) {
				byAction.computeIfAbsent(message.actionKey(), key -> new java.util.ArrayList<>()).add(message);
			}
		}
		return byAction;
	}

	/** How many of the merchant's last messages wait for an answer, per dossier; absent means none. */
	@Transactional(readOnly = true)
	public Map<ApplicationId, Integer> unanswered(Collection<ApplicationId> applications) {
		Map<ApplicationId, Integer> waiting = new HashMap<>();
		messages.authorsOf(applications.stream().map(ApplicationId::value).toList()).forEach((id, authors) -> {
			int count = AnswerPolicy.unanswered(authors);
			if (count > 0) {
				waiting.put(new ApplicationId(id), count);
			}
		});
		return waiting;
	}

	/** How the merchant of this dossier may reach their advisor; none before one is assigned. */
	@Transactional(readOnly = true)
	public Optional<AdvisorContact> advisorOf(ApplicationId application) {
		return dossiers.find(application).flatMap(this::contactOf);
	}

	/** What an advisor chose to show merchants (their name only until they choose). */
	@Transactional(readOnly = true)
	public ContactChoice contactChoice(AccountId advisor) {
		return contacts.of(advisor.value());
	}

	/** The advisor chooses what merchants see besides their name; a phone shown must be a phone number. */
	public void chooseContact(AccountId advisor, boolean showEmail, @Nullable String phone, boolean showPhone) {
		Optional<ConversationRefused> refused = ContactPolicy.refusal(phone, showPhone);
		if (refused.isPresent()) {
			throw refused.get();
		}
		contacts.choose(advisor.value(), new ContactChoice(showEmail, phone == null ? "" : phone.strip(), showPhone),
				clock.instant());
	}

	private Optional<AdvisorContact> contactOf(Dossier dossier) {
		UUID advisor = dossier.advisor() == null ? null : dossier.advisor().value();
		if (advisor == null) {
			return Optional.empty();
		}
		return accounts.find(new AccountId(advisor)).map(account -> {
			ContactChoice choice = contacts.of(advisor);
			return new AdvisorContact(account.id(), account.displayName(), choice.showEmail() ? account.email() : null,
					choice.showPhone() && !choice.phone().isBlank() ? choice.phone() : null);
		});
	}

}
