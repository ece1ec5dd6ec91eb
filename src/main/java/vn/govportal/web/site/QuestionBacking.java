package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import vn.govportal.question.QuestionBoard;
import vn.govportal.question.QuestionView;
import vn.govportal.web.Pages;

/** Backs {@link PublicRoute#QUESTION} (one published question and its answer) and {@link PublicRoute#QUESTION_SENT}. */
@Named("questionPage")
@RequestScoped
public class QuestionBacking {

    @Inject
    private QuestionBoard board;

    @Inject
    private PageMeta meta;

    private QuestionView question;
    private String reference;

    public void load() {
        Optional<QuestionView> found = board.findPublic(RouteMatch.current().slug());
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        question = found.get();
        // Questions are answered in Vietnamese: the English switch leads to the English list.
        meta.alternate(PublicRoute.QUESTIONS, null, false);
    }

    /** The confirmation page: the reference number, if it names a question. */
    public void loadSent() {
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PublicRoute.REFERENCE);
        if (wanted == null || wanted.length() > 20 || !board.exists(wanted)) {
            Pages.notFound();
            return;
        }
        reference = wanted;
    }

    public QuestionView getQuestion() {
        return question;
    }

    public String getReference() {
        return reference;
    }
}
