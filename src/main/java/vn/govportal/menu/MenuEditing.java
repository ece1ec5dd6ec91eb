package vn.govportal.menu;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.govportal.audit.AuditLog;
import vn.govportal.category.Category;
import vn.govportal.page.SitePage;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.SafeUrls;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.publishing.TextFields;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/**
 * Editors arrange the public site's menus: add, change, move and remove items. A menu nests one
 * level: an item goes under a top-level item of the same menu, never under itself or one of its
 * own sub-items, and an item with sub-items stays at the top. Each change is on the public site
 * at once.
 */
@Stateless
@RequiresRole(Role.EDITOR)
public class MenuEditing {

    public static final int MAX_LABEL = 200;
    public static final int MAX_URL = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    public Optional<MenuItem> find(long id) {
        return Optional.ofNullable(em.find(MenuItem.class, id));
    }

    /** Saves a new or changed item (detached, carrying the version it was edited from). */
    public MenuItem save(MenuItem item) {
        item.setLabel(TextFields.checked("label", item.getLabel(), MAX_LABEL, true));
        item.setLabelEn(TextFields.checked("labelEn", item.getLabelEn(), MAX_LABEL, false));
        if (item.getMenu() == null) {
            throw new EditRefused("menu", "article.refused.required");
        }
        checkTarget(item);
        boolean created = item.getId() == null;
        MenuItem before = created ? null : em.find(MenuItem.class, item.getId());
        if (!created && before == null) {
            throw new EditRefused(null, "site.refused.gone");
        }
        List<MenuItem> children = created ? List.of() : children(item.getId());
        checkParent(item, children);
        boolean moved = created || before.getMenu() != item.getMenu() || !java.util.Objects.equals(before.getParentId(), item.getParentId());
        if (moved) {
            // Last among its new siblings.
            item.setSortOrder(siblings(item.getMenu(), item.getParentId()).stream().mapToInt(MenuItem::getSortOrder).max().orElse(0) + 1);
        } else {
            // Where it stands now: the form's copy may predate a move.
            item.setSortOrder(before.getSortOrder());
        }
        MenuItem saved;
        try {
            if (created) {
                em.persist(item);
                saved = item;
            } else {
                saved = em.merge(item);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit();
        }
        // Its sub-items go where it goes.
        for (MenuItem child : children) {
            child.setMenu(saved.getMenu());
        }
        audit.record(caller(), null, created ? "MENU_ITEM_CREATED" : "MENU_ITEM_SAVED", "MenuItem", saved.getId(), saved.getLabel());
        changed.fire(new ContentChanged("menu", saved.getId()));
        return saved;
    }

    /** Moves an item one place up ({@code -1}) or down ({@code 1}) among its siblings. */
    public void move(long id, int step) {
        MenuItem item = em.find(MenuItem.class, id);
        if (item == null) {
            throw new EditRefused(null, "site.refused.gone");
        }
        List<MenuItem> siblings = new ArrayList<>(siblings(item.getMenu(), item.getParentId()));
        int at = siblings.indexOf(item);
        int to = at + Integer.signum(step);
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        siblings.remove(at);
        siblings.add(to, item);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).setSortOrder(i + 1);
        }
        audit.record(caller(), null, "MENU_ITEM_MOVED", "MenuItem", id, item.getLabel());
        changed.fire(new ContentChanged("menu", id));
    }

    /** Removes an item and its sub-items. */
    public void delete(long id) {
        MenuItem item = em.find(MenuItem.class, id);
        if (item == null) {
            return;
        }
        children(id).forEach(em::remove);
        em.remove(item);
        audit.record(caller(), null, "MENU_ITEM_DELETED", "MenuItem", id, item.getLabel());
        changed.fire(new ContentChanged("menu", id));
    }

    private void checkTarget(MenuItem item) {
        MenuTarget target = item.getTarget();
        if (target == null) {
            throw new EditRefused("target", "article.refused.required");
        }
        if (target == MenuTarget.URL) {
            String url = SafeUrls.checked("url", item.getUrl(), MAX_URL);
            if (url == null) {
                throw new EditRefused("url", "article.refused.required");
            }
            item.setUrl(url);
            item.setTargetId(null);
            return;
        }
        item.setUrl(null);
        if (!target.takesItem()) {
            item.setTargetId(null);
            return;
        }
        Class<?> kind = target == MenuTarget.CATEGORY ? Category.class : SitePage.class;
        String field = target == MenuTarget.CATEGORY ? "category" : "page";
        if (item.getTargetId() == null) {
            throw new EditRefused(field, "article.refused.required");
        }
        if (em.find(kind, item.getTargetId()) == null) {
            throw new EditRefused(field, "site.refused.gone");
        }
    }

    /** One level of nesting, and no loop (see MenuNesting). */
    private void checkParent(MenuItem item, List<MenuItem> children) {
        Long parentId = item.getParentId();
        if (parentId == null) {
            return;
        }
        MenuItem parent = parentId.equals(item.getId()) ? item : em.find(MenuItem.class, parentId);
        if (parent == null) {
            throw new EditRefused("parent", "site.refused.gone");
        }
        String refusal = MenuNesting.refusal(item.getId(), item.getMenu(), children.size(), parentId, parent.getParentId(), parent.getMenu());
        if (refusal != null) {
            throw new EditRefused("parent", refusal, children.size());
        }
    }

    private List<MenuItem> children(long id) {
        return em.createQuery("SELECT m FROM MenuItem m WHERE m.parentId = :id ORDER BY m.sortOrder, m.id", MenuItem.class)
                .setParameter("id", id).getResultList();
    }

    private List<MenuItem> siblings(Menu menu, Long parentId) {
        if (parentId != null) {
            return children(parentId);
        }
        return em.createQuery("SELECT m FROM MenuItem m WHERE m.menu = :menu AND m.parentId IS NULL ORDER BY m.sortOrder, m.id",
                MenuItem.class).setParameter("menu", menu).getResultList();
    }

    private String caller() {
        return caller.name();
    }
}
