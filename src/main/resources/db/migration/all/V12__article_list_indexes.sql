-- The console's article list pages through 100,000 articles sorted by any column it offers, and the
-- public site pages deep into a category: each order has an index that gives it without sorting
-- the table, the row's id last (the tie-breaker the queries order by).
CREATE INDEX ix_article_updated ON article (updated_at, id);
CREATE INDEX ix_article_status_updated ON article (status, updated_at, id);
CREATE INDEX ix_article_category_updated ON article (category_id, updated_at, id);
CREATE INDEX ix_article_owner_updated ON article (owner, updated_at, id);
CREATE INDEX ix_article_published ON article (published_at, id);
CREATE INDEX ix_article_title ON article (title, id);
-- A category's public articles, newest first, with what decides whether each is public: a deep page
-- finds its articles' ids in this index alone, then reads just those articles.
CREATE INDEX ix_article_category_public ON article (category_id, status, published_at, id, unpublish_at);
