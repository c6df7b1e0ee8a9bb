-- Requests about personal information (Loi 25): access, rectification, withdrawal of consent, destruction. Answered
-- within 30 days of receipt by the person in charge of personal information. requester_account and application_id
-- are platform's and intake's ids: no foreign key crosses modules.
CREATE TABLE privacy_request (
    id                uuid PRIMARY KEY,
    kind              varchar(20) NOT NULL CHECK (kind IN ('ACCESS', 'RECTIFICATION', 'WITHDRAWAL', 'DESTRUCTION')),
    requester_account uuid NOT NULL,
    application_id    uuid,
    details           text NOT NULL,
    received_at       timestamptz NOT NULL,
    due_on            date NOT NULL,
    reminded_at       timestamptz,
    answer            text,
    answered_at       timestamptz,
    answered_by       uuid,
    version           bigint NOT NULL DEFAULT 0,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);

CREATE INDEX privacy_request_by_requester ON privacy_request (requester_account);
CREATE INDEX privacy_request_open ON privacy_request (due_on) WHERE answered_at IS NULL;

-- Who is in charge of personal information: managers or administrators the administrator names (Loi 25, art. 3.1).
CREATE TABLE privacy_officer (
    account_id    uuid PRIMARY KEY,
    designated_at timestamptz NOT NULL,
    designated_by uuid NOT NULL
);
