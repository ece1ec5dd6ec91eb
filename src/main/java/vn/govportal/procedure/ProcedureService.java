package vn.govportal.procedure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.govportal.paging.Page;
import vn.govportal.text.SiteLanguage;
import vn.govportal.text.Slugs;

/**
 * The public list of procedures, by field and words. A department handles tens of procedures,
 * not thousands: the published ones are read whole and filtered here, with words matched
 * whatever their diacritics.
 */
@Stateless
public class ProcedureService {

    @PersistenceContext
    private EntityManager em;

    /** A field of procedures: its key in the list's address, and its name on the site in one language. */
    public record Field(String key, String name) {

        public String getKey() {
            return key;
        }

        public String getName() {
            return name;
        }
    }

    /** The fields that published procedures belong to, by name. */
    public List<Field> fields(SiteLanguage language) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Procedure p : published()) {
            fields.putIfAbsent(key(p.getField()), new Field(key(p.getField()),
                    language == SiteLanguage.EN && p.getFieldEn() != null ? p.getFieldEn() : p.getField()));
        }
        return List.copyOf(fields.values());
    }

    /** Page {@code number} (from 1, clamped) of the published procedures of a field ({@code fieldKey}, null: all) holding every word. */
    public Page<ProcedureEntry> page(SiteLanguage language, String fieldKey, String words, int number, int size) {
        List<String> wanted = words == null ? List.of() : terms(words);
        List<ProcedureEntry> matching = published().stream()
                .filter(p -> fieldKey == null || key(p.getField()).equals(fieldKey))
                .filter(p -> wanted.isEmpty() || containsAll(p, wanted))
                .map(p -> new ProcedureEntry(p, language))
                .toList();
        int clamped = Page.clamp(number, matching.size(), size);
        int from = Math.min(Page.offset(clamped, size), matching.size());
        return new Page<>(matching.subList(from, Math.min(from + size, matching.size())), clamped, size, matching.size());
    }

    private List<Procedure> published() {
        return em.createQuery("SELECT p FROM Procedure p WHERE p.published = TRUE ORDER BY p.field, p.sortOrder, p.name, p.id",
                Procedure.class).getResultList();
    }

    /** A field's key: its name without diacritics, as an address word ("Lãnh sự" → "lanh-su"). */
    public static String key(String field) {
        return Slugs.slugify(field);
    }

    private static boolean containsAll(Procedure p, List<String> wanted) {
        String text = " " + String.join(" ", terms(String.join(" ", p.getName(), p.getField(),
                p.getCode() == null ? "" : p.getCode(), p.getNameEn() == null ? "" : p.getNameEn()))) + " ";
        return wanted.stream().allMatch(term -> text.contains(" " + term));
    }

    /** Lower-case words without diacritics. */
    private static List<String> terms(String text) {
        return Arrays.stream(Slugs.foldToAscii(text).toLowerCase(Locale.ROOT).split("[^a-z0-9.]+"))
                .filter(t -> !t.isEmpty()).toList();
    }
}
