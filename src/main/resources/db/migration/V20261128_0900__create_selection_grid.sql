-- The selection grid, versioned: a version is never changed once written; changing the grid writes the next one.
CREATE TABLE selection_grid (
  version          INT PRIMARY KEY,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by_id    UUID,
  created_by_name  VARCHAR(120) NOT NULL
);

CREATE TABLE selection_criterion (
  grid_version     INT          NOT NULL REFERENCES selection_grid (version),
  position         INT          NOT NULL,
  code             VARCHAR(40)  NOT NULL,
  criterion_group  VARCHAR(20)  NOT NULL,
  kind             VARCHAR(20)  NOT NULL,
  rule             VARCHAR(30),
  points_table     VARCHAR(1000),
  weight           INT          NOT NULL CHECK (weight BETWEEN 1 AND 100),
  max_value        INT          NOT NULL CHECK (max_value BETWEEN 1 AND 10),
  -- a criterion a manager adds carries its own labels; the shipped ones are named by message keys
  label_fr         VARCHAR(200),
  label_en         VARCHAR(200),
  help_fr          VARCHAR(1000),
  help_en          VARCHAR(1000),
  PRIMARY KEY (grid_version, code)
);
