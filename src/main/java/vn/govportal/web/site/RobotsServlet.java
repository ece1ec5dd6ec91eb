package vn.govportal.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.govportal.text.SiteLanguage;

/**
 * {@code /robots.txt}: crawlers are welcome on the public site, kept out of the console and the
 * sign-in page, and told where the sitemap is.
 */
@WebServlet(name = "RobotsServlet", urlPatterns = PublicRoute.VIEW_FOLDER + "robots")
public class RobotsServlet extends HttpServlet {

    @Inject
    private SiteOrigin origin;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("User-agent: *\n"
                + "Disallow: " + context + "/admin/\n"
                + "Disallow: " + context + "/login.xhtml\n"
                + "Allow: " + context + "/\n"
                + "\n"
                + "Sitemap: " + origin.base(request) + PublicRoute.SITEMAP.url(SiteLanguage.VI, null) + "\n");
    }
}
