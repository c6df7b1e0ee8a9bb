package ca.pignon.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MerchantApplications extends ListCrudRepository<MerchantApplication, UUID> {

	@Query("SELECT * FROM intake_application WHERE account_id = :accountId")
	Optional<MerchantApplication> findByAccount(UUID accountId);

	@Query("""
			SELECT * FROM intake_application WHERE status = 'SUBMITTED' AND eligibility = 'ELIGIBLE'
			ORDER BY submitted_at, id""")
	List<MerchantApplication> findEligible();

}
