package vn.govportal.web.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.category.CategoryRef;
import vn.govportal.category.CategoryService;
import vn.govportal.menu.Menu;
import vn.govportal.menu.MenuEditing;
import vn.govportal.menu.MenuItem;
import vn.govportal.menu.MenuService;
import vn.govportal.menu.MenuTarget;
import vn.govportal.page.PageEditing;
import vn.govportal.page.PageRow;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.web.Messages;
import vn.govportal.web.admin.Refusals;

/**
 * Backs {@code /admin/site/menu.xhtml}: both menus of the public site as trees, each item movable
 * up and down among its siblings, and a form to add an item or change one. A refused save keeps
 * what was typed.
 */
@Named("menuPage")
@ViewScoped
public class MenuBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MenuEditing editing;

    @Inject
    private MenuService menus;

    @Inject
    private CategoryService categories;

    @Inject
    private PageEditing pages;

    @Inject
    private FacesContext faces;

    private List<Row> rows;
    private List<CategoryRef> categoryChoices;
    private List<PageRow> pageChoices;
    private MenuItem item;

    /** An item in a menu's tree, as the table shows it. */
    public record Row(MenuItem item, boolean child, String destination, boolean first, boolean last) implements Serializable {

        public MenuItem getItem() {
            return item;
        }

        public boolean isChild() {
            return child;
        }

        public String getDestination() {
            return destination;
        }

        public boolean isFirst() {
            return first;
        }

        public boolean isLast() {
            return last;
        }
    }

    @PostConstruct
    void init() {
        categoryChoices = categories.listAll();
        pageChoices = pages.rows();
        item = new MenuItem();
        reload();
    }

    private void reload() {
        Map<Long, String> categoryNames = new HashMap<>();
        categoryChoices.forEach(c -> categoryNames.put(c.getId(), c.getName()));
        Map<Long, String> pageTitles = new HashMap<>();
        pageChoices.forEach(p -> pageTitles.put(p.id(), p.title() + (p.isPublished() ? "" : " (" + Messages.text("status.DRAFT") + ")")));
        rows = new ArrayList<>();
        for (Menu menu : Menu.values()) {
            List<MenuItem> all = menus.items(menu);
            List<MenuItem> tops = all.stream().filter(m -> m.getParentId() == null).toList();
            for (int i = 0; i < tops.size(); i++) {
                MenuItem top = tops.get(i);
                rows.add(new Row(top, false, destination(top, categoryNames, pageTitles), i == 0, i == tops.size() - 1));
                List<MenuItem> children = all.stream().filter(m -> top.getId().equals(m.getParentId())).toList();
                for (int j = 0; j < children.size(); j++) {
                    MenuItem child = children.get(j);
                    rows.add(new Row(child, true, destination(child, categoryNames, pageTitles), j == 0, j == children.size() - 1));
                }
            }
        }
    }

    private static String destination(MenuItem item, Map<Long, String> categoryNames, Map<Long, String> pageTitles) {
        String kind = Messages.text(item.getTarget().getMessageKey());
        return switch (item.getTarget()) {
            case CATEGORY -> kind + ": " + categoryNames.getOrDefault(item.getTargetId(), Messages.text("menu.missing"));
            case PAGE -> kind + ": " + pageTitles.getOrDefault(item.getTargetId(), Messages.text("menu.missing"));
            case URL -> item.getUrl();
            default -> kind;
        };
    }

    public void save() {
        try {
            editing.save(item);
            Refusals.said(faces, "site.saved");
            item = new MenuItem();
            reload();
        } catch (StaleEdit e) {
            // The trees show the newer version; the form keeps what was typed, to be saved over it.
            reload();
            if (item.getId() != null) {
                editing.find(item.getId()).ifPresent(theirs -> item.setVersion(theirs.getVersion()));
            }
            Refusals.show(faces, "item", e);
        } catch (EditRefused e) {
            Refusals.show(faces, "item", e);
        }
    }

    /** Fills the form with an item to change it. */
    public void edit(Row row) {
        item = editing.find(row.item().getId()).orElse(new MenuItem());
    }

    public void up(Row row) {
        move(row, -1);
    }

    public void down(Row row) {
        move(row, 1);
    }

    private void move(Row row, int step) {
        try {
            editing.move(row.item().getId(), step);
        } catch (EditRefused e) {
            Refusals.show(faces, "rows", e);
        }
        reload();
    }

    public void delete(Row row) {
        editing.delete(row.item().getId());
        if (row.item().getId().equals(item.getId())) {
            item = new MenuItem();
        }
        Refusals.said(faces, "site.deleted");
        reload();
    }

    /** Top-level items of the form's menu that the item may go under: not itself. */
    public List<MenuItem> getParents() {
        return rows.stream().map(Row::item)
                .filter(m -> m.getParentId() == null && m.getMenu() == item.getMenu() && !m.getId().equals(item.getId()))
                .toList();
    }

    public boolean isEditing() {
        return item.getId() != null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Row> rowsOf(Menu menu) {
        return rows.stream().filter(r -> r.item().getMenu() == menu).toList();
    }

    public Menu[] getMenus() {
        return Menu.values();
    }

    public MenuTarget[] getTargets() {
        return MenuTarget.values();
    }

    public List<CategoryRef> getCategoryChoices() {
        return categoryChoices;
    }

    public List<PageRow> getPageChoices() {
        return pageChoices;
    }

    public MenuItem getItem() {
        return item;
    }

    /** The page or category the form's item leads to, whichever its target names. */
    public Long getCategoryId() {
        return item.getTarget() == MenuTarget.CATEGORY ? item.getTargetId() : null;
    }

    public void setCategoryId(Long id) {
        if (item.getTarget() == MenuTarget.CATEGORY) {
            item.setTargetId(id);
        }
    }

    public Long getPageId() {
        return item.getTarget() == MenuTarget.PAGE ? item.getTargetId() : null;
    }

    public void setPageId(Long id) {
        if (item.getTarget() == MenuTarget.PAGE) {
            item.setTargetId(id);
        }
    }
}
