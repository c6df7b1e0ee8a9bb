package ca.pignon.platform;

import java.util.Optional;

/**
 * Who sends a request in the route matrix: nobody signed in, or a signed-in person of one role.
 */
enum Caller {

	ANONYMOUS, MERCHANT, ADVISOR, MANAGER, CITY, ADMIN, PROVIDER;

	Optional<Role> role() {
		return this == ANONYMOUS ? Optional.empty() : Optional.of(Role.valueOf(name()));
	}

}
