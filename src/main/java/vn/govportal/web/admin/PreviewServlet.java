package vn.govportal.web.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.govportal.text.SiteLanguage;
import vn.govportal.web.Pages;
import vn.govportal.web.site.PublicRoute;
import vn.govportal.web.site.RouteMatch;

/**
 * Preview as published: {@code /admin/xem-truoc/bai-viet/{id}} and {@code …/thong-bao/{id}}, {@code …/trang/{id}} show
 * an article, notice or page in whatever state it is (draft, in review, scheduled) in the public page's
 * own template; {@code /admin/xem-truoc/en/…} shows its English version the same way. The address is in the console: only signed-in staff reach it (anyone else gets
 * "not found", see StaffSignInFilter), and as a console page it is never stored by a
 * cache nor counted as a visit.
 */
@WebServlet(name = "PreviewServlet", urlPatterns = PreviewServlet.PATH + "*")
public class PreviewServlet extends HttpServlet {

    public static final String PATH = "/admin/xem-truoc/";
    private static final Pattern ITEM = Pattern.compile("(/en)?/(bai-viet|thong-bao|trang)/([1-9][0-9]{0,17})");
    /** The public page that shows each kind of item. */
    private static final Map<String, PublicRoute> VIEWS = Map.of("bai-viet", PublicRoute.ARTICLE, "thong-bao", PublicRoute.NOTICE,
            "trang", PublicRoute.INFO_PAGE);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Matcher item = ITEM.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!item.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!item.group(2).equals("bai-viet") && !request.isUserInRole("EDITOR")) {
            // Notices and pages are editors' work (the /admin/notices/ constraint): an author may not read their drafts here either.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PublicRoute route = VIEWS.get(item.group(2));
        request.setAttribute(Pages.PREVIEW_ID, Long.valueOf(item.group(3)));
        SiteLanguage language = item.group(1) == null ? SiteLanguage.VI : SiteLanguage.EN;
        request.setAttribute(RouteMatch.ATTRIBUTE, new RouteMatch(route, language, null));
        request.getRequestDispatcher(route.view()).forward(request, response);
    }
}
