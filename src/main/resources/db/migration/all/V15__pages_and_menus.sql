-- Pages for what changes rarely (about the agency, contact, the privacy policy, any page staff
-- add), every save kept as a revision; and the public site's menus, the main navigation and the
-- footer: ordered, nested one level, each item pointing at a part of the site or an outside
-- address. A menu item's parent is checked by the portal, not by a foreign key, so that a backup
-- restores the items in any order.
CREATE TABLE site_page (
    id           ${identity},
    title        VARCHAR(500)   NOT NULL,
    slug         VARCHAR(200)   NOT NULL,
    summary      VARCHAR(2000),
    body         ${text}        NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    published_at ${timestamptz},
    created_at   ${timestamptz} NOT NULL,
    updated_at   ${timestamptz} NOT NULL,
    title_en     VARCHAR(500),
    slug_en      VARCHAR(200),
    lead_en      VARCHAR(2000),
    body_en      ${text},
    en_published BOOLEAN        DEFAULT FALSE NOT NULL,
    version      BIGINT         DEFAULT 0 NOT NULL
)${table_options};
CREATE UNIQUE INDEX ux_site_page_slug ON site_page (slug);
CREATE UNIQUE INDEX ux_site_page_slug_en ON site_page (slug_en);

CREATE TABLE site_page_revision (
    id              ${identity},
    page_id         BIGINT         NOT NULL,
    revision_number INT            NOT NULL,
    title           VARCHAR(500)   NOT NULL,
    slug            VARCHAR(200)   NOT NULL,
    summary         VARCHAR(2000),
    body            ${text}        NOT NULL,
    title_en        VARCHAR(500),
    slug_en         VARCHAR(200),
    lead_en         VARCHAR(2000),
    body_en         ${text},
    en_published    BOOLEAN        DEFAULT FALSE NOT NULL,
    saved_by        VARCHAR(60)    NOT NULL,
    saved_at        ${timestamptz} NOT NULL,
    CONSTRAINT fk_site_page_revision_page FOREIGN KEY (page_id) REFERENCES site_page (id) ON DELETE CASCADE
)${table_options};
CREATE UNIQUE INDEX ux_site_page_revision ON site_page_revision (page_id, revision_number);

CREATE TABLE menu_item (
    id         ${identity},
    menu       VARCHAR(20)   NOT NULL,
    parent_id  BIGINT,
    sort_order INT           DEFAULT 0 NOT NULL,
    label      VARCHAR(200)  NOT NULL,
    label_en   VARCHAR(200),
    target     VARCHAR(20)   NOT NULL,
    target_id  BIGINT,
    url        VARCHAR(1000),
    version    BIGINT        DEFAULT 0 NOT NULL
)${table_options};
CREATE INDEX ix_menu_item_menu ON menu_item (menu, parent_id, sort_order);

-- The menu the template used to draw by itself, so that a portal already running keeps it.
INSERT INTO menu_item (menu, sort_order, label, label_en, target, version) VALUES ('MAIN', 1, 'Trang chủ', 'Home', 'HOME', 0);
INSERT INTO menu_item (menu, sort_order, label, label_en, target, target_id, version)
    SELECT 'MAIN', 10 + sort_order, name, COALESCE(name_en, name), 'CATEGORY', id, 0 FROM category;
INSERT INTO menu_item (menu, sort_order, label, label_en, target, version) VALUES ('MAIN', 100000, 'Thông báo', 'Notices', 'NOTICES', 0);
INSERT INTO menu_item (menu, sort_order, label, label_en, target, version) VALUES ('MAIN', 100001, 'Tra cứu văn bản', 'Documents', 'DOCUMENTS', 0);
INSERT INTO menu_item (menu, sort_order, label, label_en, target, version) VALUES ('MAIN', 100002, 'Hỏi đáp', 'Q&A', 'QUESTIONS', 0);
