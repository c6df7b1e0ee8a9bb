package ca.pignon.platform;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByEmail(username.strip())
			.map(Account::toUser)
			.orElseThrow(() -> new UsernameNotFoundException("no account"));
	}

	/** Re-hashes a password on login when the configured cost has grown. */
	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		var account = accounts.findByEmail(user.getUsername()).orElseThrow();
		account.rehash(newPassword);
		return accounts.save(account).toUser();
	}

}
