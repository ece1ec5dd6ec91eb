package vn.govportal.web.admin.editor;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.media.MediaInfo;
import vn.govportal.media.MediaLibrary;
import vn.govportal.media.MediaServlet;
import vn.govportal.publishing.EditRefused;
import vn.govportal.security.NotPermittedException;
import vn.govportal.web.Language;
import vn.govportal.web.Messages;

/**
 * Receives an image dropped or pasted into the rich-text editor and stores it in the media
 * library, with the library's checks (content sniffed, name matching content, size, pixels) and
 * renditions. Answers JSON: {@code {"location": …}} for the editor to put in the text, or
 * {@code {"error": …}} with a message for staff. The request is a same-origin POST
 * (BrowserPolicyFilter refuses others), from a signed-in member of staff (the /admin/ constraint).
 */
@WebServlet(name = "EditorImageServlet", urlPatterns = EditorImageServlet.PATH)
// Parts above 1 MB go to a temporary file, not the heap; the library's own (configurable) limit is checked
// before reading; the container refuses anything far above any sensible limit before storing it.
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = EditorImageServlet.MAX_BYTES, maxRequestSize = EditorImageServlet.MAX_BYTES)
public class EditorImageServlet extends HttpServlet {

    public static final String PATH = "/admin/editor/image";
    /** The container's own cap: far above the library's limit (govportal.media.max-mb), which refuses first with its message. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** The text shows the 960 px copy (the original for a smaller image, see MediaServlet). */
    static final String SHOWN_WIDTH = "?w=960";

    @Inject
    private MediaLibrary library;

    @Inject
    private Language language;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.getLocale();
        response.setHeader("Cache-Control", "no-store");
        Part part;
        try {
            part = request.getPart("file");
        } catch (IllegalStateException e) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error",
                    Messages.format(locale, "media.refused.tooLarge", library.maxBytes() / (1024 * 1024)));
            return;
        } catch (ServletException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "error", Messages.format(locale, "editor.upload.unreadable"));
            return;
        }
        if (part == null) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "error", Messages.format(locale, "media.refused.empty"));
            return;
        }
        long limit = library.maxBytes();
        if (part.getSize() > limit) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error",
                    Messages.format(locale, "media.refused.tooLarge", limit / (1024 * 1024)));
            return;
        }
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readAllBytes();
        } finally {
            part.delete();
        }
        try {
            MediaInfo stored = library.uploadImage(part.getSubmittedFileName(), content);
            answer(response, HttpServletResponse.SC_OK, "location", request.getContextPath() + MediaServlet.address(stored.getId(), stored.getFileName()) + SHOWN_WIDTH);
        } catch (EditRefused e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "error", Messages.format(locale, e.getMessageKey(), e.getArguments()));
        } catch (NotPermittedException e) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, "error", Messages.format(locale, "editor.upload.forbidden"));
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnreachable(e)) {
                throw e;
            }
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error", Messages.format(locale, "editor.upload.unreachable"));
        }
    }

    private static void answer(HttpServletResponse response, int status, String name, String value) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add(name, value).build().toString());
    }
}
