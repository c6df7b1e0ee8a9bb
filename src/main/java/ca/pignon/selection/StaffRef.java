package ca.pignon.selection;

import ca.pignon.shared.AccountId;

/** A staff member as selection shows them: their account and their name. */
public record StaffRef(AccountId id, String name) {
}
