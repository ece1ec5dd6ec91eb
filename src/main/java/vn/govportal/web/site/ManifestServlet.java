package vn.govportal.web.site;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.govportal.text.SiteLanguage;

/**
 * The web app manifest: the agency's name and emblem for a phone's home screen, in the language
 * of the site it was reached from.
 */
@WebServlet(name = "ManifestServlet", urlPatterns = PublicRoute.VIEW_FOLDER + "manifest")
public class ManifestServlet extends HttpServlet {

    /** The site's red, as the header shows it. */
    static final String THEME_COLOUR = "#a31d24";

    @Inject
    private SiteChrome chrome;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RouteMatch match = (RouteMatch) request.getAttribute(RouteMatch.ATTRIBUTE);
        String context = request.getContextPath();
        String name = chrome.current(SiteLanguage.VI).site().getAgencyName();
        response.setContentType("application/manifest+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("name", name)
                .add("lang", match.language().tag())
                .add("start_url", context + PublicRoute.HOME.url(match.language(), null))
                .add("display", "browser")
                .add("background_color", "#ffffff")
                .add("theme_color", THEME_COLOUR)
                .add("icons", Json.createArrayBuilder()
                        .add(icon(context + SiteIcons.PNG_192, "192x192", "image/png"))
                        .add(icon(context + SiteIcons.PNG_512, "512x512", "image/png"))
                        .add(icon(context + SiteIcons.SVG, "any", "image/svg+xml")))
                .build().toString());
    }

    private static JsonObjectBuilder icon(String src, String sizes, String type) {
        return Json.createObjectBuilder().add("src", src).add("sizes", sizes).add("type", type);
    }
}
