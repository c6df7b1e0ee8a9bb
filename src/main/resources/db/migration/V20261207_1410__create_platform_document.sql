-- One store for the versioned documents managers publish (the question bank, the action catalogue, the selection
-- grid), platform's: every version of every kind as its source text, never changed once written. The modules' own
-- tables move here in V20261207_1415.
CREATE TABLE platform_document (
    kind                 varchar(60)  NOT NULL,
    version              integer      NOT NULL CHECK (version > 0),
    source               text         NOT NULL,
    checksum             varchar(64)  NOT NULL,
    note                 varchar(500),
    published_at         timestamptz  NOT NULL,
    -- who published it: their account; the versions published before accounts were recorded (and the shipped ones)
    -- keep the name stored then
    published_by_account uuid REFERENCES platform_account (id),
    published_by_name    varchar(200),
    PRIMARY KEY (kind, version),
    CHECK (published_by_account IS NOT NULL OR published_by_name IS NOT NULL)
);

CREATE FUNCTION platform_document_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a published document version never changes';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER platform_document_append_only BEFORE UPDATE OR DELETE ON platform_document
    FOR EACH ROW EXECUTE FUNCTION platform_document_is_append_only();

CREATE TRIGGER platform_document_never_emptied BEFORE TRUNCATE ON platform_document
    FOR EACH STATEMENT EXECUTE FUNCTION platform_document_is_append_only();
