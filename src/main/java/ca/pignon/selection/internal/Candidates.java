package ca.pignon.selection.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Candidates extends ListCrudRepository<Candidate, UUID> {

	@Query("SELECT * FROM selection_candidate WHERE round_id = :round AND application_id = :application")
	Optional<Candidate> findInRound(UUID round, UUID application);

	@Query("SELECT * FROM selection_candidate WHERE round_id = :round ORDER BY submitted_at, application_id")
	List<Candidate> findByRound(UUID round);

	/** The merchant's dossier in the latest round they are a candidate of. */
	@Query("""
			SELECT c.* FROM selection_candidate c JOIN selection_round r ON r.id = c.round_id
			WHERE c.account_id = :account ORDER BY r.opened_at DESC LIMIT 1""")
	Optional<Candidate> findLatestOfAccount(UUID account);

	@Query("""
			SELECT * FROM selection_candidate WHERE round_id = :round AND decision = 'WAITLISTED'
			ORDER BY waitlist_position LIMIT 1""")
	Optional<Candidate> findFirstOnWaitlist(UUID round);

	@Query("""
			SELECT * FROM selection_candidate WHERE advisor_id = :advisor AND decision = 'RETAINED'
			ORDER BY assigned_at, application_id""")
	List<Candidate> findCaseloadOf(UUID advisor);

}
