package vn.govportal.web.admin.questions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.govportal.question.Question;
import vn.govportal.question.QuestionDesk;
import vn.govportal.text.VietnamTime;

/** Backs {@code /admin/questions/}: visitors' questions, those waiting for an answer first. */
@Named("questionsAdmin")
@ViewScoped
public class QuestionsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QuestionDesk desk;

    private QuestionDesk.Filter filter = QuestionDesk.Filter.NEW;
    private List<Question> questions;

    public void load() {
        questions = desk.list(filter);
    }

    public void filter() {
        load();
    }

    public String asked(Question question) {
        return VietnamTime.shortDateTime(question.getAskedAt());
    }

    public List<Question> getQuestions() {
        if (questions == null) {
            load();
        }
        return questions;
    }

    public QuestionDesk.Filter[] getFilters() {
        return QuestionDesk.Filter.values();
    }

    public QuestionDesk.Filter getFilter() {
        return filter;
    }

    public void setFilter(QuestionDesk.Filter filter) {
        this.filter = filter == null ? QuestionDesk.Filter.NEW : filter;
    }
}
