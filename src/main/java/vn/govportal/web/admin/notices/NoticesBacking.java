package vn.govportal.web.admin.notices;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.govportal.notice.Notice;
import vn.govportal.notice.NoticeEditing;

/** Backs {@code /admin/notices/}: every notice, newest change first. */
@Named("noticesAdmin")
@RequestScoped
public class NoticesBacking {

    @Inject
    private NoticeEditing notices;

    private List<Notice> all;

    @PostConstruct
    void load() {
        all = notices.all();
    }

    public List<Notice> getAll() {
        return all;
    }
}
