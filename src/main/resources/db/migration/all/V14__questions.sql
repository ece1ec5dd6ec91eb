-- Questions and answers (hỏi đáp): what visitors ask through the public form, with their contact
-- details kept only until the configured retention ends (then erased, the question and answer
-- staying), and the answers staff write and publish. Topics group them on the public list.
CREATE TABLE question_topic (
    id         ${identity},
    name       VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200),
    slug       VARCHAR(200) NOT NULL,
    sort_order INT          DEFAULT 0 NOT NULL,
    version    BIGINT       DEFAULT 0 NOT NULL
)${table_options};
CREATE UNIQUE INDEX ux_question_topic_slug ON question_topic (slug);

CREATE TABLE question (
    id                ${identity},
    reference         VARCHAR(20)    NOT NULL,
    asker_name        VARCHAR(200)   NOT NULL,
    asker_email       VARCHAR(254),
    asker_phone       VARCHAR(30),
    asker_address     VARCHAR(300),
    topic_id          BIGINT,
    title             VARCHAR(300)   NOT NULL,
    question_text     VARCHAR(5000)  NOT NULL,
    answer            ${text},
    slug              VARCHAR(200),
    status            VARCHAR(20)    NOT NULL,
    asked_at          ${timestamptz} NOT NULL,
    answered_at       ${timestamptz},
    answered_by       VARCHAR(60),
    published_at      ${timestamptz},
    personal_erased_at ${timestamptz},
    updated_at        ${timestamptz} NOT NULL,
    version           BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT fk_question_topic FOREIGN KEY (topic_id) REFERENCES question_topic (id)
)${table_options};
CREATE UNIQUE INDEX ux_question_reference ON question (reference);
CREATE UNIQUE INDEX ux_question_slug ON question (slug);
CREATE INDEX ix_question_public ON question (status, published_at, id);
CREATE INDEX ix_question_asked ON question (asked_at, id);
