package vn.govportal.publishing;

import java.time.Instant;
import java.util.Comparator;
import vn.govportal.text.Translatable;
import vn.govportal.text.VietnamTime;

/**
 * An article or a notice as the console's dashboard lists it: what it is, its title, who owns it,
 * the time the list is about (last change, or publication), and, for a draft sent back by someone
 * else, their note. Read-only.
 */
public final class WorkItem {

    /** Newest first, by the time the list is about. */
    public static final Comparator<WorkItem> NEWEST_FIRST = Comparator.comparing((WorkItem item) -> item.at).reversed()
            .thenComparing(Comparator.comparingLong((WorkItem item) -> item.id).reversed());

    public enum Kind implements Translatable {
        ARTICLE("/admin/articles/edit.xhtml?id="),
        NOTICE("/admin/notices/edit.xhtml?id="),
        DOCUMENT("/admin/documents/edit.xhtml?id=");

        private final String editPage;

        Kind(String editPage) {
            this.editPage = editPage;
        }

        @Override
        public String getMessageKey() {
            return "dashboard.kind." + name();
        }
    }

    private final Kind kind;
    private final long id;
    private final String title;
    private final String owner;
    private final Instant at;
    private final boolean returned;
    private final String note;

    public WorkItem(Kind kind, long id, String title, String owner, Instant at) {
        this(kind, id, title, owner, at, false, null);
    }

    private WorkItem(Kind kind, long id, String title, String owner, Instant at, boolean returned, String note) {
        this.kind = kind;
        this.id = id;
        this.title = title;
        this.owner = owner;
        this.at = at;
        this.returned = returned;
        this.note = note;
    }

    /** The same draft, marked as sent back to its owner by someone else, with what they wrote (or null). */
    public WorkItem returnedWith(String comment) {
        return new WorkItem(kind, id, title, owner, at, true, comment);
    }

    public Kind getKind() {
        return kind;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** Who owns it (for notices, nobody is recorded: null). */
    public String getOwner() {
        return owner;
    }

    public String getWhen() {
        return at == null ? "" : VietnamTime.shortDateTime(at);
    }

    /** The context-relative address of the page that edits it. */
    public String getEditUrl() {
        return kind.editPage + id;
    }

    /** Whether someone other than its owner sent it back to draft (an editor returning it for changes). */
    public boolean isReturned() {
        return returned;
    }

    /** What the person who sent it back wrote, or null. */
    public String getNote() {
        return note;
    }

    public boolean isNoted() {
        return note != null && !note.isBlank();
    }
}
