package vn.govportal.article;

import java.time.Instant;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.VietnamTime;

/** A status change as the dashboard lists it. Read-only. */
public final class RecentChange {

    private final long articleId;
    private final String title;
    private final String actor;
    private final PublicationStatus from;
    private final PublicationStatus to;
    private final Instant at;

    public RecentChange(Long articleId, String title, String actor, PublicationStatus from, PublicationStatus to, Instant at) {
        this.articleId = articleId;
        this.title = title;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.at = at;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getTitle() {
        return title;
    }

    public String getActor() {
        return actor;
    }

    public PublicationStatus getFrom() {
        return from;
    }

    public PublicationStatus getTo() {
        return to;
    }

    public String getWhen() {
        return VietnamTime.shortDateTime(at);
    }
}
