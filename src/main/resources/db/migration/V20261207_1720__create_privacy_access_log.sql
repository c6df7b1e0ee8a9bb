-- Who among staff opened which merchant's dossier, when, and which page (Loi 25): written once per request after it
-- is answered, read by the people in charge of personal information. Ids only: the page's path names ids, never a
-- person. application_id and account_id are intake's and platform's ids: no foreign key crosses modules.
CREATE TABLE privacy_access_log (
    id             bigserial PRIMARY KEY,
    application_id uuid NOT NULL,
    account_id     uuid NOT NULL,
    need           varchar(20) NOT NULL,
    method         varchar(10) NOT NULL,
    path           varchar(500) NOT NULL,
    at             timestamptz NOT NULL
);

CREATE INDEX privacy_access_log_by_dossier ON privacy_access_log (application_id, at);
