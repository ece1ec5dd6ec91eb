-- The department's administrative procedures (thủ tục hành chính): each with its field, how far it
-- can be done online, its processing time and fee as the department words them, and its entry on
-- the national public-service portal, where citizens file it.
CREATE TABLE admin_procedure (
    id                 ${identity},
    code               VARCHAR(30),
    name               VARCHAR(500)   NOT NULL,
    name_en            VARCHAR(500),
    field_name         VARCHAR(200)   NOT NULL,
    field_name_en      VARCHAR(200),
    service_level      VARCHAR(20)    NOT NULL,
    processing_time    VARCHAR(500)   NOT NULL,
    processing_time_en VARCHAR(500),
    fee                VARCHAR(500)   NOT NULL,
    fee_en             VARCHAR(500),
    portal_url         VARCHAR(1000)  NOT NULL,
    published          BOOLEAN        DEFAULT FALSE NOT NULL,
    sort_order         INT            DEFAULT 0 NOT NULL,
    updated_at         ${timestamptz} NOT NULL,
    version            BIGINT         DEFAULT 0 NOT NULL
)${table_options};
CREATE UNIQUE INDEX ux_admin_procedure_code ON admin_procedure (code);
CREATE INDEX ix_admin_procedure_list ON admin_procedure (published, field_name, sort_order);

INSERT INTO menu_item (menu, sort_order, label, label_en, target, version)
    VALUES ('MAIN', 100003, 'Thủ tục hành chính', 'Administrative procedures', 'PROCEDURES', 0);
