package vn.govportal.question;

import java.time.Instant;
import vn.govportal.text.VietnamTime;

/** A published question and its answer as the public site shows it: never the asker's contact details. */
public final class QuestionView {

    private final String slug;
    private final String title;
    private final String text;
    private final String answer;
    private final String askerName;
    private final String topic;
    private final Instant askedAt;
    private final Instant publishedAt;

    public QuestionView(String slug, String title, String text, String answer, String askerName, String topic, Instant askedAt,
            Instant publishedAt) {
        this.slug = slug;
        this.title = title;
        this.text = text;
        this.answer = answer;
        this.askerName = askerName;
        this.topic = topic;
        this.askedAt = askedAt;
        this.publishedAt = publishedAt;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    /** The question as asked: plain text, shown escaped. */
    public String getText() {
        return text;
    }

    /** Sanitised HTML. */
    public String getAnswer() {
        return answer;
    }

    public String getAskerName() {
        return askerName;
    }

    public String getTopic() {
        return topic;
    }

    public String getAsked() {
        return VietnamTime.shortDate(askedAt);
    }

    public String getIsoAsked() {
        return VietnamTime.isoOffset(askedAt);
    }

    public String getAnswered() {
        return VietnamTime.shortDate(publishedAt);
    }

    public String getIsoAnswered() {
        return VietnamTime.isoOffset(publishedAt);
    }
}
