-- Editorial workflow (MariaDB's translation): who owns an article, scheduled unpublishing, every
-- status change, every saved revision.

ALTER TABLE article ADD COLUMN owner VARCHAR(60);
ALTER TABLE article ADD COLUMN unpublish_at DATETIME(6);
CREATE INDEX ix_article_schedule ON article (status, unpublish_at);

CREATE TABLE article_transition (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(60)  NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)  NOT NULL,
    comment     VARCHAR(1000),
    CONSTRAINT fk_transition_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_transition_article ON article_transition (article_id, occurred_at);

CREATE TABLE article_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id      BIGINT        NOT NULL,
    number          INTEGER       NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    slug            VARCHAR(200)  NOT NULL,
    lead_text       VARCHAR(2000),
    body            MEDIUMTEXT    NOT NULL,
    author          VARCHAR(200),
    category_id     BIGINT        NOT NULL,
    saved_by        VARCHAR(60)   NOT NULL,
    saved_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_revision_number UNIQUE (article_id, number),
    CONSTRAINT fk_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
