package vn.govportal.question;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.cluster.Grid;
import vn.govportal.cluster.SharedMap;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.text.VietnamTime;

/**
 * Takes a visitor's question from the public form: refuses spam without any outside service (a
 * field people never see but robots fill, a form sent sooner than a person can type it, more
 * than {@value #MAX_PER_WINDOW} questions from one address in {@code WINDOW}), forged and replayed
 * posts, and what breaks a field's rule; keeps the rest and answers its reference number.
 */
@Stateless
public class QuestionIntake {

    public static final int NAME_LENGTH = 200;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 30;
    public static final int ADDRESS_LENGTH = 300;
    public static final int TITLE_LENGTH = 300;
    public static final int TEXT_LENGTH = 5000;
    static final int MAX_PER_WINDOW = 3;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,30}");
    private static final char[] REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FormTokens tokens;

    @Inject
    private Grid grid;

    @Inject
    private Event<ContentChanged> changed;

    @Inject
    @ConfigProperty(name = "govportal.questions.min-fill-seconds", defaultValue = "3")
    private int minFillSeconds;

    /** Per address, the times of its recent questions; per post, its digest, so a replay is known. */
    private SharedMap<long[]> recent;
    private SharedMap<Boolean> seen;

    @PostConstruct
    void share() {
        recent = grid.map("question-posts");
        seen = grid.map("question-digests");
    }

    /** The form's token for a page made at {@code now}. */
    public String token(Instant now) {
        return tokens.issue(now);
    }

    /** Keeps the question and answers its reference number, or refuses it saying why, field by field. */
    public String submit(QuestionForm form, String address, Instant now) {
        if (form.honeypot() != null && !form.honeypot().isEmpty()) {
            throw refused(QuestionRefused.FORM, "question.refused.spam");
        }
        switch (tokens.check(form.token(), now, Duration.ofSeconds(Math.max(0, minFillSeconds)))) {
            case FORGED, EXPIRED -> throw refused(QuestionRefused.FORM, "question.refused.form");
            case TOO_FAST -> throw refused(QuestionRefused.FORM, "question.refused.tooFast");
            case VALID -> { }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String name = checked(form.name(), "name", NAME_LENGTH, true, problems);
        String email = checked(form.email(), "email", EMAIL_LENGTH, true, problems);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.put("email", "question.refused.email");
        }
        String phone = checked(form.phone(), "phone", PHONE_LENGTH, false, problems);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.put("phone", "question.refused.phone");
        }
        String postal = checked(form.address(), "address", ADDRESS_LENGTH, false, problems);
        QuestionTopic topic = null;
        if (form.topic() == null || form.topic().isBlank()) {
            problems.put("topic", "question.refused.required");
        } else {
            List<QuestionTopic> found = em.createQuery("SELECT t FROM QuestionTopic t WHERE t.slug = :slug", QuestionTopic.class)
                    .setParameter("slug", form.topic()).getResultList();
            if (found.isEmpty()) {
                problems.put("topic", "question.refused.topic");
            } else {
                topic = found.get(0);
            }
        }
        String title = checked(form.title(), "title", TITLE_LENGTH, true, problems);
        String text = checked(form.text(), "text", TEXT_LENGTH, true, problems);
        if (!form.consent()) {
            problems.put("consent", "question.refused.consent");
        }
        if (!problems.isEmpty()) {
            throw new QuestionRefused(problems);
        }
        // The same form sent twice (a reload, a replayed request): kept once.
        String digest = digest(form.token() + '\n' + email + '\n' + title + '\n' + text);
        if (seen.put(digest, Boolean.TRUE, FormTokens.MAX_AGE.plusHours(1)) != null) {
            throw refused(QuestionRefused.FORM, "question.refused.duplicate");
        }
        long millis = now.toEpochMilli();
        long[] times = recent.update("address:" + address, t -> {
            if (t == null || t.length == 0) {
                return new long[] {millis};
            }
            long[] kept = java.util.Arrays.stream(t).filter(x -> x > millis - WINDOW.toMillis()).toArray();
            if (kept.length >= MAX_PER_WINDOW) {
                return kept;
            }
            long[] more = java.util.Arrays.copyOf(kept, kept.length + 1);
            more[kept.length] = millis;
            return more;
        }, WINDOW);
        if (times[times.length - 1] != millis) {
            seen.remove(digest);
            throw refused(QuestionRefused.FORM, "question.refused.rate");
        }
        Question question = new Question();
        question.setReference(reference(now));
        question.setAskerName(name);
        question.setAskerEmail(email.toLowerCase(Locale.ROOT));
        question.setAskerPhone(phone);
        question.setAskerAddress(postal);
        question.setTopic(topic);
        question.setTitle(title);
        question.setText(text);
        question.setAskedAt(now);
        em.persist(question);
        em.flush();
        changed.fire(new ContentChanged("question", question.getId()));
        return question.getReference();
    }

    /** "HD-2026-7KQ4XW": the year, and six characters no one reads wrongly (no 0/O, 1/I). */
    private String reference(Instant now) {
        int year = ZonedDateTime.ofInstant(now, VietnamTime.ZONE).getYear();
        for (int attempt = 0; ; attempt++) {
            StringBuilder reference = new StringBuilder("HD-").append(year).append('-');
            for (int i = 0; i < 6; i++) {
                reference.append(REFERENCE_LETTERS[RANDOM.nextInt(REFERENCE_LETTERS.length)]);
            }
            String candidate = reference.toString();
            boolean taken = !em.createQuery("SELECT q.id FROM Question q WHERE q.reference = :r", Long.class)
                    .setParameter("r", candidate).getResultList().isEmpty();
            if (!taken || attempt > 5) {
                return candidate;
            }
        }
    }

    private static String checked(String value, String field, int max, boolean required, Map<String, String> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.put(field, "question.refused.required");
            }
            return null;
        }
        if (text.length() > max) {
            problems.put(field, "question.refused.tooLong." + field);
            return null;
        }
        return text;
    }

    private static QuestionRefused refused(String field, String key) {
        return new QuestionRefused(Map.of(field, key));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
