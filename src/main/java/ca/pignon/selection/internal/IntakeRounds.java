package ca.pignon.selection.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface IntakeRounds extends ListCrudRepository<IntakeRound, UUID> {

	@Query("SELECT * FROM selection_round WHERE status = 'OPEN'")
	Optional<IntakeRound> findOpen();

	@Query("SELECT * FROM selection_round ORDER BY opened_at DESC")
	List<IntakeRound> findNewestFirst();

	@Query("SELECT count(*) > 0 FROM selection_round WHERE lower(name) = lower(:name)")
	boolean nameTaken(String name);

}
