-- The ranking index includes every column of a standing that a ranking page shows, so that a page is read from the
-- index alone and only its candidates are joined (a join with the standings was planned as a scan of all of them).
-- Same name, keys and condition as before.
CREATE INDEX selection_standing_ranking_page_idx
  ON selection_standing (round_id, total DESC, engagement DESC, submitted_at, application_id)
  INCLUDE (candidate_id, impact, complete, flagged, grid_version)
  WHERE eligible;
DROP INDEX selection_standing_ranking_idx;
ALTER INDEX selection_standing_ranking_page_idx RENAME TO selection_standing_ranking_idx;
