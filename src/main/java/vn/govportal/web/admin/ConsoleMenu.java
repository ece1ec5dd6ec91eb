package vn.govportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import vn.govportal.security.Caller;
import vn.govportal.security.Role;

/**
 * The console's sidebar: its links grouped by purpose, each shown only to the roles the console's
 * security constraints let through (web.xml), with the page being shown marked as the current one.
 */
@Named("consoleMenu")
@RequestScoped
public class ConsoleMenu {

    /** Every link of the sidebar, in its order: who may follow it, and the pages it stands for. */
    private static final List<Section> SECTIONS = List.of(
            new Section("content", "admin.nav.content", List.of(
                    new Entry("admin.nav.dashboard", "/admin/", "/admin/index.xhtml", null, Role.AUTHOR),
                    new Entry("articles.title", "/admin/articles/", "/admin/articles/index.xhtml", "/admin/articles/", Role.AUTHOR),
                    new Entry("notices.title", "/admin/notices/", "/admin/notices/index.xhtml", "/admin/notices/", Role.EDITOR),
                    new Entry("documents.admin.title", "/admin/documents/", "/admin/documents/index.xhtml", "/admin/documents/", Role.AUTHOR),
                    new Entry("questions.admin.title", "/admin/questions/", "/admin/questions/index.xhtml", "/admin/questions/", Role.EDITOR),
                    new Entry("procedures.admin.title", "/admin/procedures/", "/admin/procedures/index.xhtml", "/admin/procedures/", Role.EDITOR),
                    new Entry("media.title", "/admin/media/", "/admin/media/index.xhtml", null, Role.EDITOR))),
            new Section("site", "admin.nav.site", List.of(
                    new Entry("pages.title", "/admin/pages/", "/admin/pages/index.xhtml", "/admin/pages/", Role.EDITOR),
                    new Entry("menu.title", "/admin/site/menu.xhtml", "/admin/site/menu.xhtml", null, Role.EDITOR),
                    new Entry("site.ticker.title", "/admin/site/ticker.xhtml", "/admin/site/ticker.xhtml", null, Role.EDITOR),
                    new Entry("site.links.title", "/admin/site/links.xhtml", "/admin/site/links.xhtml", null, Role.EDITOR),
                    new Entry("site.categories.title", "/admin/site/categories.xhtml", "/admin/site/categories.xhtml", null, Role.EDITOR),
                    new Entry("site.settings.title", "/admin/settings/", "/admin/settings/index.xhtml", null, Role.ADMIN))),
            new Section("system", "admin.nav.system", List.of(
                    new Entry("users.title", "/admin/users/", "/admin/users/index.xhtml", null, Role.ADMIN),
                    new Entry("audit.title", "/admin/audit/", "/admin/audit/index.xhtml", null, Role.ADMIN),
                    new Entry("backup.title", "/admin/backup/", "/admin/backup/index.xhtml", null, Role.ADMIN),
                    new Entry("admin.changePassword", "/admin/account/password.xhtml", "/admin/account/password.xhtml", null, Role.AUTHOR))));

    /**
     * One link: its text, its address, the view it opens, the folder of the pages that belong to it
     * (an article's editor belongs to the article list), and the least role that may open it.
     */
    private record Entry(String labelKey, String path, String view, String folder, Role role) {
    }

    private record Section(String id, String labelKey, List<Entry> entries) {
    }

    @Inject
    private Caller caller;

    private List<Group> groups;
    private boolean editor;

    @PostConstruct
    void build() {
        String viewId = currentView();
        editor = caller.has(Role.EDITOR);
        groups = new ArrayList<>();
        for (Section section : SECTIONS) {
            List<Link> links = new ArrayList<>();
            for (Entry entry : section.entries()) {
                if (caller.has(entry.role())) {
                    boolean page = entry.view().equals(viewId);
                    boolean within = !page && entry.folder() != null && viewId.startsWith(entry.folder());
                    links.add(new Link(entry.labelKey(), entry.path(), page, within));
                }
            }
            if (!links.isEmpty()) {
                groups.add(new Group(section.id(), section.labelKey(), List.copyOf(links)));
            }
        }
    }

    private static String currentView() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null || faces.getViewRoot().getViewId() == null
                ? "" : faces.getViewRoot().getViewId();
    }

    /** The groups that have at least one link this member may follow. */
    public List<Group> getGroups() {
        return groups;
    }

    /** Whether this member writes notices and uploads files (the "new" menu offers them). */
    public boolean isEditor() {
        return editor;
    }

    /** A group of the sidebar, as the template shows it. */
    public static final class Group {

        private final String id;
        private final String labelKey;
        private final List<Link> links;

        Group(String id, String labelKey, List<Link> links) {
            this.id = id;
            this.labelKey = labelKey;
            this.links = links;
        }

        public String getId() {
            return id;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public List<Link> getLinks() {
            return links;
        }
    }

    /** A link of the sidebar, as the template shows it. */
    public static final class Link {

        private final String labelKey;
        private final String path;
        private final boolean page;
        private final boolean within;

        Link(String labelKey, String path, boolean page, boolean within) {
            this.labelKey = labelKey;
            this.path = path;
            this.page = page;
            this.within = within;
        }

        public String getLabelKey() {
            return labelKey;
        }

        /** The context-relative address. */
        public String getPath() {
            return path;
        }

        /** "page" on the link to the page being shown, else nothing (the attribute is then left out). */
        public String getAriaCurrent() {
            return page ? "page" : null;
        }

        /** How it is drawn: the current page, a page under it (an article's editor under the list), or neither. */
        public String getStyleClass() {
            return page ? "is-current" : within ? "is-within" : null;
        }
    }
}
