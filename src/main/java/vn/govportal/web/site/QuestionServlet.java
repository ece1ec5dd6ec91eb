package vn.govportal.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.govportal.client.ClientFilter;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.database.MaintenancePage;
import vn.govportal.question.QuestionForm;
import vn.govportal.question.QuestionIntake;
import vn.govportal.question.QuestionRefused;
import vn.govportal.text.SiteLanguage;

/**
 * Where the public question form is sent: the portal's only public POST. The form comes from the
 * portal's own page (the browser policy refuses a post from another site) and carries a signed
 * token instead of a session, so the page that shows it sets no cookie and stays cacheable. A kept
 * question leads to its reference number; a refused one shows the form again with everything
 * typed and a message beside each field at fault, never kept by any cache.
 */
@WebServlet(name = "QuestionServlet", urlPatterns = QuestionServlet.PATH)
public class QuestionServlet extends HttpServlet {

    public static final String PATH = "/hoi-dap-gui";
    /** The form as sent and the refusal, for the page that shows them again. */
    static final String FORM = "govportal.question.form";
    static final String PROBLEMS = "govportal.question.problems";
    /** A question is a few kilobytes; a body far beyond the form's limits is refused unread. */
    static final long MAX_BODY = 2L * 1024 * 1024;

    @Inject
    private QuestionIntake intake;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + PublicRoute.QUESTIONS.url(SiteLanguage.VI, null));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        SiteLanguage language = "en".equals(request.getParameter("ngon-ngu")) ? SiteLanguage.EN : SiteLanguage.VI;
        response.setHeader("Cache-Control", "no-store");
        if (request.getContentLengthLong() > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        QuestionForm form = new QuestionForm(request.getParameter("ho-ten"), request.getParameter("email"),
                request.getParameter("dien-thoai"), request.getParameter("dia-chi"), request.getParameter("chu-de"),
                request.getParameter("tieu-de"), request.getParameter("noi-dung"), request.getParameter("dong-y") != null,
                request.getParameter("website"), request.getParameter("ma-bieu-mau"));
        try {
            String reference = intake.submit(form, ClientFilter.address(request), ClusterTime.now());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PublicRoute.QUESTION_SENT.url(language, null) + "?"
                    + PublicRoute.REFERENCE + "=" + URLEncoder.encode(reference, StandardCharsets.UTF_8));
        } catch (QuestionRefused refused) {
            showAgain(request, response, language, form, refused.getMessages());
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnreachable(e)) {
                throw e;
            }
            // Nothing was kept: the form comes back with what was typed, and says to send it again shortly.
            showAgain(request, response, language, form, Map.of(QuestionRefused.FORM, "question.refused.unavailable"));
        }
    }

    private static void showAgain(HttpServletRequest request, HttpServletResponse response, SiteLanguage language, QuestionForm form,
            Map<String, String> problems) throws ServletException, IOException {
        request.setAttribute(FORM, form);
        request.setAttribute(PROBLEMS, problems);
        request.setAttribute(RouteMatch.ATTRIBUTE, new RouteMatch(PublicRoute.QUESTIONS, language, null));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        try {
            request.getRequestDispatcher(PublicRoute.QUESTIONS.view()).forward(request, response);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            MaintenancePage.send(response, MaintenancePage.RETRY_AFTER_OUTAGE);
        }
    }
}
