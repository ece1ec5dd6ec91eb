package vn.govportal.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.govportal.menu.MenuLink;
import jakarta.servlet.ServletContext;
import vn.govportal.media.MediaServlet;
import vn.govportal.media.Renditions;

/**
 * Every public link a page shows, as templates ask for it ({@code #{links.article(a.slug)}}):
 * built from the route table, in the language of the page being rendered, with the context
 * path. Read models carry slugs and ids; this turns them into addresses.
 */
@Named("links")
@ApplicationScoped
public class SiteLinks {

    @Inject
    private ServletContext servletContext;

    public String home() {
        return to(PublicRoute.HOME, null);
    }

    public String notices() {
        return to(PublicRoute.NOTICES, null);
    }

    public String notice(String slug) {
        return to(PublicRoute.NOTICE, slug);
    }

    public String documents() {
        return to(PublicRoute.DOCUMENTS, null);
    }

    public String document(String slug) {
        return to(PublicRoute.DOCUMENT, slug);
    }

    public String questions() {
        return to(PublicRoute.QUESTIONS, null);
    }

    public String question(String slug) {
        return to(PublicRoute.QUESTION, slug);
    }

    public String procedures() {
        return to(PublicRoute.PROCEDURES, null);
    }

    public String page(String slug) {
        return to(PublicRoute.INFO_PAGE, slug);
    }

    /** Where a menu item leads, on the site of the page being rendered. */
    public String menu(MenuLink link) {
        return switch (link.target()) {
            case HOME -> home();
            case CATEGORY -> category(link.slug());
            case PAGE -> page(link.slug());
            case NOTICES -> notices();
            case DOCUMENTS -> documents();
            case QUESTIONS -> questions();
            case PROCEDURES -> procedures();
            case SEARCH -> search();
            case URL -> link.url().startsWith("/") ? servletContext.getContextPath() + link.url() : link.url();
        };
    }

    public String search() {
        return to(PublicRoute.SEARCH, null);
    }

    public String category(String slug) {
        return to(PublicRoute.CATEGORY, slug);
    }

    public String article(String slug) {
        return to(PublicRoute.ARTICLE, slug);
    }

    public String manifest() {
        return to(PublicRoute.MANIFEST, null);
    }

    /** A category's RSS feed. */
    public String categoryFeed(String slug) {
        return to(PublicRoute.CATEGORY_FEED, slug);
    }

    /** A stored file, as uploaded. */
    public String file(long id, String fileName) {
        return servletContext.getContextPath() + MediaServlet.address(id, fileName);
    }

    /** An image's card-sized rendition (lists, the home page). */
    public String cardImage(long id, String fileName) {
        return servletContext.getContextPath() + MediaServlet.address(id, fileName, Renditions.WIDTHS[0]);
    }

    /** An image's page-wide rendition (an article's own image, the featured article). */
    public String wideImage(long id, String fileName) {
        return servletContext.getContextPath() + MediaServlet.address(id, fileName, Renditions.WIDTHS[1]);
    }

    private String to(PublicRoute route, String slug) {
        return servletContext.getContextPath() + route.url(RouteMatch.current().language(), slug);
    }
}
