-- What a member of staff was typing, stored every 30 s while the form is open: offered back when
-- the same item is opened again, on any computer. Not a revision; removed when the item is saved.
CREATE TABLE autosave (
    username         VARCHAR(60)  NOT NULL,
    draft_key        VARCHAR(40)  NOT NULL,
    based_on_version BIGINT,
    fields           ${text}      NOT NULL,
    saved_at         ${timestamptz} NOT NULL,
    CONSTRAINT pk_autosave PRIMARY KEY (username, draft_key)
)${table_options};
