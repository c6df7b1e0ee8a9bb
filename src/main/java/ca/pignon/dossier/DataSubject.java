package ca.pignon.dossier;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * Whose data: a merchant's account and, once they started one, their application (the dossier's id).
 */
public record DataSubject(AccountId merchant, @Nullable ApplicationId application) {
}
