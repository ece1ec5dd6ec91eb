package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.page.PageService;
import vn.govportal.paging.Page;
import vn.govportal.question.QuestionBoard;
import vn.govportal.question.QuestionForm;
import vn.govportal.question.QuestionIntake;
import vn.govportal.question.QuestionRefused;
import vn.govportal.question.QuestionTopic;
import vn.govportal.question.QuestionView;
import vn.govportal.text.SiteLanguage;
import vn.govportal.web.Messages;
import vn.govportal.web.Pages;

/**
 * Backs {@link PublicRoute#QUESTIONS}: the published questions and answers of a topic, and the
 * form to ask one; after a refused post (see {@link QuestionServlet}), the form as it was sent,
 * with the reasons beside the fields.
 */
@Named("questionsPage")
@RequestScoped
public class QuestionsBacking {

    static final int PAGE_SIZE = 10;
    private static final QuestionForm EMPTY = new QuestionForm("", "", "", "", "", "", "", false, "", "");

    @Inject
    private QuestionBoard board;

    @Inject
    private QuestionIntake intake;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PageService pages;

    @Inject
    private SiteLinks links;

    private List<QuestionTopic> topics;
    private String topic;
    private Page<QuestionView> page;
    private QuestionForm form = EMPTY;
    private Map<String, String> problems = Map.of();
    private String token;

    @SuppressWarnings("unchecked")
    public void load() {
        topics = board.topics();
        token = intake.token(ClusterTime.now());
        if (request.getAttribute(QuestionServlet.FORM) instanceof QuestionForm sent) {
            form = sent;
            problems = (Map<String, String>) request.getAttribute(QuestionServlet.PROBLEMS);
        }
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PublicRoute.TOPIC);
        if (wanted != null && topics.stream().anyMatch(t -> t.getSlug().equals(wanted))) {
            topic = wanted;
        }
        OptionalLong requested = RouteMatch.requestedPage();
        if (requested.isEmpty()) {
            requested = OptionalLong.of(1);
        }
        long total = board.count(topic);
        int number = Page.clamp(requested.getAsLong(), total, PAGE_SIZE);
        if (number != requested.getAsLong() && request.getAttribute(QuestionServlet.FORM) == null) {
            Pages.redirectTo(pageUrl(number));
            return;
        }
        page = board.page(topic, number, PAGE_SIZE, total);
    }

    /**
     * The privacy policy the consent refers to: the published page under the address the messages
     * name for it ({@code question.privacyPage}); null where there is none, and no link is shown.
     */
    public String getPrivacyUrl() {
        SiteLanguage language = RouteMatch.current().language();
        String slug = Messages.text("question.privacyPage");
        return pages.findPublic(language, slug).isPresent() ? links.page(slug) : null;
    }

    public List<QuestionTopic> getTopics() {
        return topics;
    }

    public String topicName(QuestionTopic t) {
        return t.nameIn(RouteMatch.current().language());
    }

    public String getTopic() {
        return topic == null ? "" : topic;
    }

    public Page<QuestionView> getPage() {
        return page;
    }

    public QuestionForm getForm() {
        return form;
    }

    public String getToken() {
        return token;
    }

    /** The message key beside a field, or null. */
    public String problem(String field) {
        return problems.get(field);
    }

    public boolean isRefused() {
        return !problems.isEmpty();
    }

    public String getFormProblem() {
        return problems.get(QuestionRefused.FORM);
    }

    public String getLanguage() {
        return RouteMatch.current().language().tag();
    }

    public String getAction() {
        return QuestionServlet.PATH;
    }

    public boolean isEnglish() {
        return RouteMatch.current().language() == SiteLanguage.EN;
    }

    public String pageUrl(int number) {
        String url = PublicRoute.QUESTIONS.url(RouteMatch.current().language(), null);
        String filter = topic == null ? "" : PublicRoute.TOPIC + "=" + topic;
        String paging = number > 1 ? PublicRoute.PAGE + "=" + number : "";
        String query = filter.isEmpty() ? paging : paging.isEmpty() ? filter : filter + "&" + paging;
        return query.isEmpty() ? url : url + "?" + query;
    }

    public int getNameLength() {
        return QuestionIntake.NAME_LENGTH;
    }

    public int getTitleLength() {
        return QuestionIntake.TITLE_LENGTH;
    }

    public int getTextLength() {
        return QuestionIntake.TEXT_LENGTH;
    }
}
