package ca.pignon.platform;

import java.util.LinkedHashMap;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu shows each person the links of their role, in order, whichever module contributed them.
 */
class MenuTests {

	static final MenuEntry APPLICATION = new MenuEntry("intake.nav", "/intake/my", 10, Set.of(Role.MERCHANT));

	static final MenuEntry REVIEWS = new MenuEntry("selection.reviews", "/selection/reviews", 50,
			Set.of(Role.ADVISOR, Role.MANAGER));

	static final MenuEntry ROUNDS = new MenuEntry("selection.rounds", "/selection/rounds", 30, Set.of(Role.MANAGER));

	static final MenuEntry ACCOUNTS = new MenuEntry("layout.accounts", "/admin/accounts", 900, Set.of(Role.ADMIN));

	final Menu menu = menuOf(ACCOUNTS, REVIEWS, APPLICATION, ROUNDS);

	@Test
	void showsEachRoleItsLinksInOrder() {
		assertThat(menu.entriesFor(signedIn("ROLE_MERCHANT"))).containsExactly(APPLICATION);
		assertThat(menu.entriesFor(signedIn("ROLE_ADVISOR"))).containsExactly(REVIEWS);
		assertThat(menu.entriesFor(signedIn("ROLE_MANAGER"))).containsExactly(ROUNDS, REVIEWS);
		assertThat(menu.entriesFor(signedIn("ROLE_CITY"))).isEmpty();
	}

	@Test
	void showsSomeoneWithSeveralRolesWhatAnyOfThemWouldSee() {
		assertThat(menu.entriesFor(signedIn("ROLE_ADVISOR", "ROLE_ADMIN"))).containsExactly(REVIEWS, ACCOUNTS);
	}

	@Test
	void showsAVisitorNoLink() {
		var visitor = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		assertThat(menu.entriesFor(visitor)).isEmpty();
		assertThat(menu.entriesFor(null)).isEmpty();
	}

	private static Menu menuOf(MenuEntry... entries) {
		var beans = new LinkedHashMap<String, Object>();
		for (MenuEntry entry : entries) {
			beans.put(entry.path(), entry);
		}
		return new Menu(new StaticListableBeanFactory(beans).getBeanProvider(MenuEntry.class));
	}

	private static Authentication signedIn(String... authorities) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null,
				AuthorityUtils.createAuthorityList(authorities));
	}

}
