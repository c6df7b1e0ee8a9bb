-- The question bank's, the action catalogue's and the selection grid's versions move to platform_document, replacing
-- diagnostic_bank, plan_catalogue and selection_grid with selection_criterion. Every version keeps its number, so
-- diagnostics (bank_version), plans (catalogueVersion in their versions' JSON) and rounds, reviews and standings
-- (grid_version) still name the same versions. No foreign key may cross modules: the ones to the old tables go with
-- them.

-- The bank and the catalogue were stored as their source already; who published them was a display name.
INSERT INTO platform_document (kind, version, source, checksum, note, published_at, published_by_name)
SELECT 'diagnostic.bank', version, source, checksum, note, published_at, published_by
FROM diagnostic_bank;

INSERT INTO platform_document (kind, version, source, checksum, note, published_at, published_by_name)
SELECT 'plan.catalogue', version, source, checksum, note, published_at, published_by
FROM plan_catalogue;

-- The grid was stored as rows: each version becomes the text selection.internal.GridSource writes, character for
-- character (strings quoted by to_json, as GridSource quotes them), so that it reads back into the same criteria.
INSERT INTO platform_document (kind, version, source, checksum, note, published_at, published_by_account,
                               published_by_name)
SELECT 'selection.grid', g.version, s.source, encode(sha256(convert_to(s.source, 'UTF8')), 'hex'), NULL,
       g.created_at, a.id, g.created_by_name
FROM selection_grid g
LEFT JOIN platform_account a ON a.id = g.created_by_id
CROSS JOIN LATERAL (
    SELECT E'# Grille de sélection : un critère par entrée, dans l’ordre de la grille (voir docs/selection.md).\ncriteria:\n'
           || string_agg(
                  '  - code: ' || to_json(c.code::text)::text || E'\n'
               || '    group: ' || c.criterion_group || E'\n'
               || '    kind: ' || c.kind || E'\n'
               || coalesce('    rule: ' || c.rule || E'\n', '')
               || coalesce('    points: ' || to_json(c.points_table::text)::text || E'\n', '')
               || '    weight: ' || c.weight || E'\n'
               || '    max: ' || c.max_value || E'\n'
               || coalesce('    labelFr: ' || to_json(c.label_fr::text)::text || E'\n', '')
               || coalesce('    labelEn: ' || to_json(c.label_en::text)::text || E'\n', '')
               || coalesce('    helpFr: ' || to_json(c.help_fr::text)::text || E'\n', '')
               || coalesce('    helpEn: ' || to_json(c.help_en::text)::text || E'\n', ''),
              '' ORDER BY c.position) AS source
    FROM selection_criterion c
    WHERE c.grid_version = g.version
) s;

ALTER TABLE diagnostic_assessment DROP CONSTRAINT diagnostic_assessment_bank_version_fkey;
ALTER TABLE selection_round DROP CONSTRAINT selection_round_grid_version_fkey;

DROP TABLE diagnostic_bank;
DROP FUNCTION diagnostic_bank_is_append_only();
DROP TABLE plan_catalogue;
DROP TABLE selection_criterion;
DROP TABLE selection_grid;
