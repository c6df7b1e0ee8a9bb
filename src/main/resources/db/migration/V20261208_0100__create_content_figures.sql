-- The merchant's monthly figures on each network (issue 14, item 5): followers at the end of the month, posts
-- published, reach and interactions, entered by the merchant or their advisor, or imported from a CSV file. One row per
-- dossier, month and network; entering a month again replaces it. Data about a merchant: content.ContentPersonalData
-- declares the table.
CREATE TABLE content_figures (
  application_id  UUID        NOT NULL,
  month           DATE        NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
  network         TEXT        NOT NULL,
  followers       BIGINT      NOT NULL CHECK (followers >= 0),
  posts_published INTEGER     NOT NULL CHECK (posts_published >= 0),
  reach           BIGINT      NOT NULL CHECK (reach >= 0),
  interactions    BIGINT      NOT NULL CHECK (interactions >= 0),
  updated_at      TIMESTAMPTZ NOT NULL,
  updated_by      UUID        NOT NULL,
  PRIMARY KEY (application_id, month, network)
);

CREATE INDEX content_figures_by_month ON content_figures (month, network);
