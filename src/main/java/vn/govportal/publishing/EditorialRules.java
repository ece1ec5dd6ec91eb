package vn.govportal.publishing;

import static vn.govportal.publishing.PublicationStatus.AWAITING_REVIEW;
import static vn.govportal.publishing.PublicationStatus.DRAFT;
import static vn.govportal.publishing.PublicationStatus.PUBLISHED;
import static vn.govportal.publishing.PublicationStatus.SCHEDULED;

/**
 * Who may do what to an article or a legal document, as pure rules over the staff member and the
 * item's owner and status: authors write their own drafts and send them for review; editors
 * change any item.
 * Which status may follow which is {@link PublicationStatus#canBecome}.
 */
public record EditorialRules(String member, boolean editor) {

    /** Whether the member may change the item's content now. */
    public boolean canEdit(String owner, PublicationStatus status) {
        return editor || (member.equals(owner) && status == DRAFT);
    }

    /** Whether the member may send it for review: an editor, or its owner. */
    public boolean canSubmit(String owner) {
        return editor || member.equals(owner);
    }

    /** Whether the member may put it back to a draft: an editor, or its owner withdrawing it from review. */
    public boolean canReturnToDraft(String owner, PublicationStatus status) {
        return editor || (member.equals(owner) && status == AWAITING_REVIEW);
    }

    /** Whether the member may delete it: who may change it, once it is off the public site and not scheduled to be on it. */
    public boolean canDelete(String owner, PublicationStatus status) {
        return canEdit(owner, status) && status != PUBLISHED && status != SCHEDULED;
    }
}
