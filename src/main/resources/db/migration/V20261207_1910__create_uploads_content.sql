-- The bytes of uploaded files, in PostgreSQL (issue 12): every instance reads them and one pg_dump backs them up.
-- A fresh install moves nothing. An existing one had them under PIGNON_DATA_DIR/uploads/<2 characters>/<id>:
-- uploads.internal.LegacyUploads copies each such file here at start-up, once, when its row has no bytes yet
-- (docs/operations.md, "Files of an older version"). No foreign key: anonymisation and deletion remove both rows.
CREATE TABLE uploads_content (
    id    uuid  PRIMARY KEY,
    bytes bytea NOT NULL
);
