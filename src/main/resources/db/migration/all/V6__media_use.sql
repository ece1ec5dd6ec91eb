-- Which article or notice uses which stored file (featured image, attachment, image in the text):
-- a file is public only while an item that uses it is public. V7 records the uses of what is there.
CREATE TABLE media_use (
    media_id  BIGINT      NOT NULL,
    item_type VARCHAR(20) NOT NULL,
    item_id   BIGINT      NOT NULL,
    CONSTRAINT pk_media_use PRIMARY KEY (media_id, item_type, item_id),
    CONSTRAINT fk_media_use_file FOREIGN KEY (media_id) REFERENCES media_file (id) ON DELETE CASCADE
)${table_options};
CREATE INDEX ix_media_use_item ON media_use (item_type, item_id);
