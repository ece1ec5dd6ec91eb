package vn.govportal.link;

import jakarta.ejb.Stateless;
import java.util.List;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.RecordEditing;
import vn.govportal.publishing.SafeUrls;
import vn.govportal.publishing.TextFields;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/** Editors keep the sidebar's links to other websites, in named groups. */
@Stateless
@RequiresRole(Role.EDITOR)
public class LinkEditing extends RecordEditing {

    public static final int MAX_TEXT = 200;
    public static final int MAX_URL = 500;

    public List<WebLink> links() {
        return em.createQuery("SELECT l FROM WebLink l ORDER BY l.groupName, l.sortOrder, l.id", WebLink.class).getResultList();
    }

    public WebLink save(WebLink link) {
        link.setTitle(TextFields.checked("title", link.getTitle(), MAX_TEXT, true));
        link.setGroupName(TextFields.checked("groupName", link.getGroupName(), MAX_TEXT, true));
        link.setTitleEn(TextFields.checked("titleEn", link.getTitleEn(), MAX_TEXT, false));
        link.setGroupNameEn(TextFields.checked("groupNameEn", link.getGroupNameEn(), MAX_TEXT, false));
        String url = SafeUrls.checked("url", link.getUrl(), MAX_URL);
        if (url == null) {
            throw new EditRefused("url", "article.refused.required");
        }
        link.setUrl(url);
        return store(link, link.getId(), link.getTitle());
    }

    public void delete(long id) {
        WebLink link = em.find(WebLink.class, id);
        if (link != null) {
            remove(link, id, link.getTitle());
        }
    }
}
