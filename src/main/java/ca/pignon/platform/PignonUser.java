package ca.pignon.platform;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import ca.pignon.shared.AccountId;

/**
 * The signed-in person, as controllers receive it with {@code @AuthenticationPrincipal}.
 */
public final class PignonUser implements UserDetails {

	private final AccountId accountId;

	private final String email;

	private final String displayName;

	private final Role role;

	private final @Nullable String passwordHash;

	private final boolean enabled;

	private final @Nullable UUID securityStamp;

	PignonUser(AccountId accountId, String email, String displayName, Role role, @Nullable String passwordHash,
			boolean enabled, @Nullable UUID securityStamp) {
		this.securityStamp = securityStamp;
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public AccountId accountId() {
		return accountId;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** The account's stamp when this person signed in: a session whose stamp is no longer the account's has ended. */
	@Nullable UUID securityStamp() {
		return securityStamp;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled && passwordHash != null;
	}

	/** The session keeps the principal: never keep the password hash with it. */
	PignonUser withoutPassword() {
		return new PignonUser(accountId, email, displayName, role, null, enabled, securityStamp);
	}

}
