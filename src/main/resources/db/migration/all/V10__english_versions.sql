-- The English site: an English version of articles and notices (its own title, address, lead,
-- body and publish switch), kept in revisions too, and English names of what surrounds every
-- page. Everything English is optional; what has none stays on the Vietnamese site only.
ALTER TABLE article ADD COLUMN title_en VARCHAR(500);
ALTER TABLE article ADD COLUMN slug_en VARCHAR(200);
ALTER TABLE article ADD COLUMN lead_en VARCHAR(2000);
ALTER TABLE article ADD COLUMN body_en ${text};
ALTER TABLE article ADD COLUMN en_published BOOLEAN DEFAULT FALSE NOT NULL;
CREATE UNIQUE INDEX ux_article_slug_en ON article (slug_en);

ALTER TABLE article_revision ADD COLUMN title_en VARCHAR(500);
ALTER TABLE article_revision ADD COLUMN slug_en VARCHAR(200);
ALTER TABLE article_revision ADD COLUMN lead_en VARCHAR(2000);
ALTER TABLE article_revision ADD COLUMN body_en ${text};
ALTER TABLE article_revision ADD COLUMN en_published BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE notice ADD COLUMN title_en VARCHAR(500);
ALTER TABLE notice ADD COLUMN slug_en VARCHAR(200);
ALTER TABLE notice ADD COLUMN lead_en VARCHAR(2000);
ALTER TABLE notice ADD COLUMN body_en ${text};
ALTER TABLE notice ADD COLUMN en_published BOOLEAN DEFAULT FALSE NOT NULL;
CREATE UNIQUE INDEX ux_notice_slug_en ON notice (slug_en);

ALTER TABLE category ADD COLUMN name_en VARCHAR(200);
ALTER TABLE category ADD COLUMN slug_en VARCHAR(200);
CREATE UNIQUE INDEX ux_category_slug_en ON category (slug_en);

ALTER TABLE ticker_item ADD COLUMN message_en VARCHAR(300);

ALTER TABLE web_link ADD COLUMN title_en VARCHAR(200);
ALTER TABLE web_link ADD COLUMN group_name_en VARCHAR(200);

ALTER TABLE site_settings ADD COLUMN agency_name_en VARCHAR(300);
ALTER TABLE site_settings ADD COLUMN responsible_title_en VARCHAR(200);
ALTER TABLE site_settings ADD COLUMN address_en VARCHAR(500);
ALTER TABLE site_settings ADD COLUMN governing_body_en VARCHAR(300);
ALTER TABLE site_settings ADD COLUMN slogan_text_en VARCHAR(1000);
