package vn.govportal.publishing;

import java.time.Instant;
import vn.govportal.text.Translatable;
import vn.govportal.text.VietnamTime;

/** Something the server will do by itself at a set time: publish or take down an article, show a notice, put a document on the register. */
public record ScheduledChange(Kind kind, long id, String title, Instant at) implements Comparable<ScheduledChange> {

    public enum Kind implements Translatable {
        ARTICLE_PUBLISH("/admin/articles/edit.xhtml?id="),
        ARTICLE_UNPUBLISH("/admin/articles/edit.xhtml?id="),
        NOTICE_PUBLISH("/admin/notices/edit.xhtml?id="),
        DOCUMENT_PUBLISH("/admin/documents/edit.xhtml?id=");

        private final String editPage;

        Kind(String editPage) {
            this.editPage = editPage;
        }

        @Override
        public String getMessageKey() {
            return "dashboard.scheduled." + name();
        }
    }

    /** The context-relative address of the page that edits the item. */
    public String getEditUrl() {
        return kind.editPage + id;
    }

    public String getTitle() {
        return title;
    }

    public Kind getKind() {
        return kind;
    }

    public String getWhen() {
        return VietnamTime.shortDateTime(at);
    }

    @Override
    public int compareTo(ScheduledChange other) {
        return at.compareTo(other.at);
    }
}
