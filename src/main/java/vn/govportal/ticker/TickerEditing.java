package vn.govportal.ticker;

import jakarta.ejb.Stateless;
import java.util.List;
import vn.govportal.publishing.RecordEditing;
import vn.govportal.publishing.SafeUrls;
import vn.govportal.publishing.TextFields;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/** Editors keep the ticker's lines: a message in each language and an optional link. */
@Stateless
@RequiresRole(Role.EDITOR)
public class TickerEditing extends RecordEditing {

    public static final int MAX_MESSAGE = 300;
    public static final int MAX_URL = 500;

    public List<TickerItem> items() {
        return em.createQuery("SELECT t FROM TickerItem t ORDER BY t.sortOrder, t.id", TickerItem.class).getResultList();
    }

    public TickerItem save(TickerItem item) {
        item.setMessage(TextFields.checked("message", item.getMessage(), MAX_MESSAGE, true));
        item.setMessageEn(TextFields.checked("messageEn", item.getMessageEn(), MAX_MESSAGE, false));
        item.setUrl(SafeUrls.checked("url", item.getUrl(), MAX_URL));
        return store(item, item.getId(), item.getMessage());
    }

    public void delete(long id) {
        TickerItem item = em.find(TickerItem.class, id);
        if (item != null) {
            remove(item, id, item.getMessage());
        }
    }
}
