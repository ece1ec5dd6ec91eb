-- The search change log: one row per item changed, written in the same transaction as the
-- change, so that no instance's search index misses a change even if it crashed before
-- applying it. Each instance applies the rows past the last one its index recorded; rows older
-- than a week are removed (an index further behind is rebuilt).
CREATE TABLE search_change (
    id         ${identity},
    item_type  VARCHAR(20)     NOT NULL,
    item_id    BIGINT          NOT NULL,
    changed_at ${timestamptz}  NOT NULL
)${table_options};
CREATE INDEX ix_search_change_changed_at ON search_change (changed_at);
