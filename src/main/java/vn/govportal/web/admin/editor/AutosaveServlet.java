package vn.govportal.web.admin.editor;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.publishing.Autosave;
import vn.govportal.publishing.Autosaves;
import vn.govportal.publishing.EditRefused;
import vn.govportal.web.Language;
import vn.govportal.web.Messages;

/**
 * The console's forms store what is being typed here every 30 s (editing.js), and ask for it
 * when they open: {@code GET ?key=article-12} answers the caller's own autosave of that form
 * with the key it is kept under (a new item's form may be offered another new item's text;
 * {@code 204} when there is none); {@code POST {"key", "version", "fields"}} stores it, and
 * {@code POST {"key", "discard": true}} lets it go. JSON in and out; same-origin only
 * (BrowserPolicyFilter), signed-in staff only (the /admin/ constraint).
 */
@WebServlet(name = "AutosaveServlet", urlPatterns = AutosaveServlet.PATH)
public class AutosaveServlet extends HttpServlet {

    public static final String PATH = "/admin/autosave";
    /** JSON escapes and UTF-8 may make a form's text up to this many bytes per character. */
    private static final long MAX_BYTES = Autosaves.MAX_CHARS * 4L;

    @Inject
    private Autosaves autosaves;

    @Inject
    private Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String key = request.getParameter("key");
        if (key == null || !Autosaves.KEY.matcher(key).matches()) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, Json.createObjectBuilder().add("error", "key").build());
            return;
        }
        try {
            Optional<Autosave> found = autosaves.find(key);
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            Autosave autosave = found.get();
            JsonObject fields;
            try (JsonReader reader = Json.createReader(new StringReader(autosave.getFields()))) {
                fields = reader.readObject();
            }
            answer(response, HttpServletResponse.SC_OK, Json.createObjectBuilder()
                    .add("key", autosave.getDraftKey())
                    .add("version", autosave.getBasedOnVersion() == null ? JsonValue.NULL : Json.createValue(autosave.getBasedOnVersion()))
                    .add("savedAt", autosave.getSavedAt().toEpochMilli())
                    .add("fields", fields)
                    .build());
        } catch (RuntimeException e) {
            unavailable(e, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.getLocale();
        response.setHeader("Cache-Control", "no-store");
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, Messages.format(locale, "autosave.tooLarge"));
            return;
        }
        JsonObject body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, Messages.format(locale, "autosave.tooLarge"));
                return;
            }
            try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
                body = reader.readObject();
            }
        } catch (JsonException | IllegalStateException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, Messages.format(locale, "autosave.unreadable"));
            return;
        }
        String key = body.getString("key", "");
        if (!Autosaves.KEY.matcher(key).matches()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, Messages.format(locale, "autosave.unreadable"));
            return;
        }
        try {
            if (body.getBoolean("discard", false)) {
                autosaves.discard(key);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            JsonValue fields = body.get("fields");
            JsonValue version = body.get("version");
            if (fields == null || fields.getValueType() != JsonValue.ValueType.OBJECT) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, Messages.format(locale, "autosave.unreadable"));
                return;
            }
            Long basedOn = version instanceof jakarta.json.JsonNumber number ? number.longValue()
                    : version instanceof jakarta.json.JsonString text && text.getString().matches("\\d{1,18}") ? Long.valueOf(text.getString())
                    : null;
            Instant savedAt = autosaves.store(key, basedOn, fields.toString());
            answer(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().add("savedAt", savedAt.toEpochMilli()).build());
        } catch (EditRefused e) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, Messages.format(locale, e.getMessageKey(), e.getArguments()));
        } catch (RuntimeException e) {
            unavailable(e, response);
        }
    }

    /** The database is away: the browser keeps the text itself and tries again at the next round. */
    private void unavailable(RuntimeException e, HttpServletResponse response) throws IOException {
        if (!DatabaseFailures.isUnreachable(e)) {
            throw e;
        }
        refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Messages.format(language.getLocale(), "autosave.unreachable"));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        answer(response, status, Json.createObjectBuilder().add("error", message).build());
    }

    private static void answer(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}
