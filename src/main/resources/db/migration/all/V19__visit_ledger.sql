-- How many of each instance's visits of a day visit_day holds already. An instance's counts are
-- stored again after it dies, or by two instances at once: only what the ledger lacks is added.
CREATE TABLE visit_share (
    visit_date  DATE        NOT NULL,
    instance_id VARCHAR(40) NOT NULL,
    visits      BIGINT      NOT NULL,
    PRIMARY KEY (visit_date, instance_id)
);
