package ca.pignon.conversation.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ca.pignon.conversation.ConversationManagement;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.DossierStatusContributor;
import ca.pignon.dossier.DossierStatusSection;
import ca.pignon.shared.AccountId;

/**
 * On the merchant's "Où en est mon dossier ?", once an advisor accompanies them: who the advisor is, how to reach them
 * (what the advisor chose to show), the link to write to them and whether an answer came since the merchant's last
 * message.
 */
@Component
class ConversationDossierStatus implements DossierStatusContributor {

	static final String FRAGMENT = "conversation/my-status :: status";

	private final ConversationManagement conversations;

	private final DossierManagement dossiers;

	ConversationDossierStatus(ConversationManagement conversations, DossierManagement dossiers) {
		this.conversations = conversations;
		this.dossiers = dossiers;
	}

	@Override
	public Optional<DossierStatusSection> sectionFor(AccountId merchant, Locale locale) {
		return dossiers.ofMerchant(merchant)
			.filter(dossier -> dossier.advisor() != null)
			.map(dossier -> new DossierStatusSection(FRAGMENT, conversations.conversation(dossier.applicationId()),
					12));
	}

}
