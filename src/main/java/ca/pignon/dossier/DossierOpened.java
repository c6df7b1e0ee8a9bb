package ca.pignon.dossier;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * A member of staff was let into a merchant's dossier by the one access rule, for this need: what the access log
 * keeps (Loi 25). Published synchronously, in the request that asked; a merchant opening their own is not published.
 */
public record DossierOpened(ApplicationId application, AccountId by, Need need) {
}
