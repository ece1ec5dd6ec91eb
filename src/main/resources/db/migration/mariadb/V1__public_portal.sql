-- Public portal schema: MariaDB's translation of ansi/V1__public_portal.sql (same tables,
-- columns, keys and indexes). Times are DATETIME(6) in UTC: the driver is told to use UTC.

CREATE TABLE media_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    byte_size    BIGINT        NOT NULL,
    width        INTEGER,
    height       INTEGER,
    content      LONGBLOB      NOT NULL,
    created_at   DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE category (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    slug       VARCHAR(200) NOT NULL,
    sort_order INTEGER      NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_category_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE article (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    title             VARCHAR(500)  NOT NULL,
    slug              VARCHAR(200)  NOT NULL,
    lead_text         VARCHAR(2000),
    body              MEDIUMTEXT    NOT NULL,
    author            VARCHAR(200),
    category_id       BIGINT        NOT NULL,
    featured_image_id BIGINT,
    featured          BOOLEAN       NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    published_at      DATETIME(6),
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_article_slug UNIQUE (slug),
    CONSTRAINT fk_article_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_article_image FOREIGN KEY (featured_image_id) REFERENCES media_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_article_public ON article (status, published_at);
CREATE INDEX ix_article_category ON article (category_id, status, published_at);

CREATE TABLE notice (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    title         VARCHAR(500)  NOT NULL,
    slug          VARCHAR(200)  NOT NULL,
    summary       VARCHAR(2000),
    body          MEDIUMTEXT    NOT NULL,
    attachment_id BIGINT,
    status        VARCHAR(20)   NOT NULL,
    published_at  DATETIME(6),
    expires_at    DATETIME(6),
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uk_notice_slug UNIQUE (slug),
    CONSTRAINT fk_notice_attachment FOREIGN KEY (attachment_id) REFERENCES media_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_notice_public ON notice (status, published_at);

CREATE TABLE ticker_item (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    message    VARCHAR(300) NOT NULL,
    url        VARCHAR(500),
    sort_order INTEGER      NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE web_link (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    url        VARCHAR(500) NOT NULL,
    group_name VARCHAR(200) NOT NULL,
    sort_order INTEGER      NOT NULL,
    version    BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row (id = 1): the agency details every page shows.
CREATE TABLE site_settings (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    agency_name          VARCHAR(300) NOT NULL,
    responsible_person   VARCHAR(200),
    responsible_title    VARCHAR(200),
    address              VARCHAR(500),
    phone                VARCHAR(100),
    fax                  VARCHAR(100),
    email                VARCHAR(200),
    governing_body       VARCHAR(300),
    slogan_text          VARCHAR(1000),
    slogan_valid_from    DATETIME(6),
    slogan_valid_until   DATETIME(6),
    trust_badge_url      VARCHAR(500),
    trust_badge_alt      VARCHAR(200),
    trust_badge_image_id BIGINT,
    version              BIGINT       NOT NULL,
    CONSTRAINT fk_settings_badge FOREIGN KEY (trust_badge_image_id) REFERENCES media_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Visits per calendar day in Vietnam time; the total is their sum.
CREATE TABLE visit_day (
    visit_date DATE   NOT NULL PRIMARY KEY,
    visits     BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
