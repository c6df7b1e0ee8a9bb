-- Files attached to a merchant's dossier; the bytes live under PIGNON_DATA_DIR/uploads, named by id only.
CREATE TABLE uploads_file (
  id             UUID PRIMARY KEY,
  application_id UUID        NOT NULL,
  owner_id       UUID        NOT NULL,
  original_name  TEXT        NOT NULL,
  kind           TEXT        NOT NULL,
  size_bytes     BIGINT      NOT NULL CHECK (size_bytes > 0),
  sha256         TEXT        NOT NULL,
  uploaded_at    TIMESTAMPTZ NOT NULL,
  uploaded_by    UUID        NOT NULL
);

CREATE INDEX uploads_file_by_application ON uploads_file (application_id, uploaded_at);
