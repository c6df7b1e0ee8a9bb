package ca.pignon.platform;

import java.util.Set;

/**
 * A link of the main menu, which a module contributes as a bean: the menu shows it, by {@code order}, to whoever holds
 * one of the {@code roles}, labelled with the message {@code messageKey}. Platform's own links (administration) come
 * at 900 and after; the account, sign-in and sign-out links follow them.
 */
public record MenuEntry(String messageKey, String path, int order, Set<Role> roles) {

	public MenuEntry {
		roles = Set.copyOf(roles);
	}

}
