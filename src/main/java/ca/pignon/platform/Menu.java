package ca.pignon.platform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The main menu of every page: the links modules contribute ({@link MenuEntry} beans), in order, for the signed-in
 * person's role. Sorted, and split by role, once at start-up: a page only looks its list up.
 */
@ControllerAdvice
class Menu {

	private static final Map<String, Role> ROLES = Arrays.stream(Role.values())
		.collect(Collectors.toMap(Role::authority, Function.identity()));

	private final List<MenuEntry> entries;

	private final Map<Role, List<MenuEntry>> byRole = new EnumMap<>(Role.class);

	Menu(ObjectProvider<MenuEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
		for (Role role : Role.values()) {
			this.byRole.put(role, this.entries.stream().filter(entry -> entry.roles().contains(role)).toList());
		}
	}

	/** Read where {@code sec:authorize} reads it, so that the menu and the rest of the page agree on who is there. */
	@ModelAttribute("menu")
	List<MenuEntry> menu() {
		return entriesFor(SecurityContextHolder.getContext().getAuthentication());
	}

	/** Nothing for a visitor; a person with several roles sees what any of them would. */
	List<MenuEntry> entriesFor(@Nullable Authentication authentication) {
		if (authentication == null) {
			return List.of();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			Role role = ROLES.get(authority.getAuthority());
			if (role != null) {
				roles.add(role);
			}
		}
		if (roles.size() == 1) {
			return byRole.get(roles.iterator().next());
		}
		return entries.stream().filter(entry -> entry.roles().stream().anyMatch(roles::contains)).toList();
	}

}
