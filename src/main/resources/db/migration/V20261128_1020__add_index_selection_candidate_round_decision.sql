-- A round's counts (candidates, decisions), read by every page of the round and of its ranking: from this index alone
-- instead of every candidate's row (5 ms at 10,000 candidates, twice per page).
CREATE INDEX selection_candidate_round_decision_idx ON selection_candidate (round_id, decision) INCLUDE (eligible);
