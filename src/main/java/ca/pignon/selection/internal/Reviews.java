package ca.pignon.selection.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Reviews extends ListCrudRepository<Review, UUID> {

	@Query("SELECT * FROM selection_review WHERE candidate_id = :candidate ORDER BY reviewer_name, reviewer_id")
	List<Review> findByCandidate(UUID candidate);

	@Query("SELECT * FROM selection_review WHERE candidate_id = :candidate AND reviewer_id = :reviewer")
	Optional<Review> find(UUID candidate, UUID reviewer);

	@Query("SELECT * FROM selection_review WHERE round_id = :round AND reviewer_id = :reviewer")
	List<Review> findByReviewer(UUID round, UUID reviewer);

	/** A conflict of interest declared on the application, in any round. */
	@Query("""
			SELECT count(*) > 0 FROM selection_review
			WHERE application_id = :application AND reviewer_id = :reviewer AND conflict_declared_at IS NOT NULL""")
	boolean conflicted(UUID application, UUID reviewer);

}
