package ca.pignon.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, UUID> {

	@Query("SELECT * FROM platform_account WHERE lower(email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	@Query("SELECT id FROM platform_account WHERE role = 'MERCHANT' AND strpos(lower(email), lower(:text)) > 0 "
			+ "ORDER BY id LIMIT 1000")
	List<UUID> findMerchantIdsByEmailContaining(String text);

	@Query("SELECT count(*) > 0 FROM platform_account WHERE role = 'ADMIN' AND enabled")
	boolean anyEnabledAdmin();

	@Query("SELECT * FROM platform_account WHERE role NOT IN ('MERCHANT', 'PROVIDER') ORDER BY role, lower(display_name)")
	List<Account> findStaff();

	@Query("SELECT * FROM platform_account WHERE role = :role AND enabled ORDER BY lower(email)")
	List<Account> findEnabledByRole(String role);

	@Query("SELECT * FROM platform_account WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1")
	Optional<Account> findFirstAdmin();

}
