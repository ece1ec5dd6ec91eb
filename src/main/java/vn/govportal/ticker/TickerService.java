package vn.govportal.ticker;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.govportal.text.SiteLanguage;

@Stateless
public class TickerService {

    @PersistenceContext
    private EntityManager em;

    /** The active ticker lines of the site in {@code language} (the English one shows only lines with English text), detached so a page render cannot change them. */
    public List<TickerLine> active(SiteLanguage language) {
        boolean english = language == SiteLanguage.EN;
        return em.createNamedQuery("TickerItem.findActive", TickerItem.class).getResultList().stream()
                .filter(t -> !english || (t.getMessageEn() != null && !t.getMessageEn().isBlank()))
                .map(t -> new TickerLine(english ? t.getMessageEn() : t.getMessage(), t.isLinked() ? t.getUrl() : null))
                .toList();
    }

    /** One ticker line as the header shows it. */
    public static final class TickerLine {

        private final String message;
        private final String url;

        public TickerLine(String message, String url) {
            this.message = message;
            this.url = url;
        }

        public String getMessage() {
            return message;
        }

        public String getUrl() {
            return url;
        }

        public boolean isLinked() {
            return url != null;
        }
    }
}
