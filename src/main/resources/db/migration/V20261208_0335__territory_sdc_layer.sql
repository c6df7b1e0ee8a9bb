-- The SDC layer (sociétés de développement commercial), uploaded by a manager as GeoJSON: every upload is a new
-- version, the highest one is the layer in force. Every instance reads it from here (no file, no state in memory only).
CREATE TABLE territory_sdc_layer (
    version       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uploaded_by   varchar(200) NOT NULL,
    uploaded_at   timestamptz  NOT NULL,
    file_name     varchar(300),
    area_count    integer      NOT NULL
);

-- One area of a version, in file order (where areas overlap, the first wins); its geometry in WGS84 degrees, as WKT.
CREATE TABLE territory_sdc_area (
    version   bigint       NOT NULL REFERENCES territory_sdc_layer (version),
    position  integer      NOT NULL,
    code      varchar(40)  NOT NULL,
    name      varchar(200) NOT NULL,
    geometry  text         NOT NULL,
    PRIMARY KEY (version, position)
);

-- A merchant's SDC chosen by hand by staff (null code: none); a re-placement of the layer keeps it.
ALTER TABLE intake_application ADD COLUMN sdc_manual boolean NOT NULL DEFAULT false;
ALTER TABLE intake_application ADD COLUMN sdc_code varchar(40);
ALTER TABLE intake_application ADD COLUMN sdc_name varchar(200);
