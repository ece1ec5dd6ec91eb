package vn.govportal.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.govportal.client.ClientFilter;
import vn.govportal.stats.VisitCounter;
import vn.govportal.stats.VisitCounts;

/**
 * The visit counter's own address. A public page is the same for everyone, so it can be kept
 * by this portal, a browser and any cache in front (a CDN, a reverse proxy) that never runs
 * Java; the page's own script posts here once it is shown, which counts the view and answers the
 * counter's figures. Never stored by a cache, so every view reaches the portal. A GET only reads
 * the figures. No cookie: a visitor is known by address and browser, as before.
 */
@WebServlet(name = "VisitServlet", urlPatterns = VisitServlet.PATH)
public class VisitServlet extends HttpServlet {

    public static final String PATH = "/luot-truy-cap";

    @Inject
    private VisitCounter visits;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visits.pageView(visitor(request));
        answer(response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response);
    }

    private void answer(HttpServletResponse response) throws IOException {
        VisitCounts counts = visits.counts();
        byte[] body = ("{\"online\":" + counts.getOnlineNow() + ",\"today\":" + counts.getToday() + ",\"total\":"
                + counts.getTotal() + "}").getBytes(StandardCharsets.US_ASCII);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Who is visiting, as far as a site without cookies can tell: address and browser. */
    static String visitor(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return ClientFilter.address(request) + '|' + (agent == null ? 0 : agent.hashCode());
    }
}
