package vn.govportal.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves stored files at {@code /tep/{id}/{file name}}, images also scaled with {@code ?w=480}
 * or {@code ?w=960}. A file never changes under its id, so responses may be cached for a year;
 * documents download, images show inline.
 */
@WebServlet(name = "MediaServlet", urlPatterns = "/tep/*")
public class MediaServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/([^/]{1,255})");
    private static final String ONE_YEAR = "public, max-age=31536000, immutable";

    @Inject
    private MediaService media;

    /** The rendition width asked for with {@code ?w=}, or 0 for the original (also for any other value). */
    private static int requestedWidth(String raw) {
        for (int width : Renditions.WIDTHS) {
            if (String.valueOf(width).equals(raw)) {
                return width;
            }
        }
        return 0;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : PATH.matcher(path);
        if (m == null || !m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(m.group(1));
        Optional<MediaInfo> found = media.findInfo(id);
        if (found.isEmpty() || !found.get().getFileName().equals(m.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaInfo info = found.get();
        int width = requestedWidth(request.getParameter("w"));
        if (width > 0 && info.isImage()) {
            // A scaled copy when one exists; small images have none and are served as they are.
            info = media.findRendition(id, width).orElse(info);
        }
        String etag = "\"m" + info.getId() + "\"";
        response.setHeader("Cache-Control", ONE_YEAR);
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<byte[]> content = media.findContent(info.getId());
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(info.getContentType());
        response.setContentLengthLong(content.get().length);
        String encoded = URLEncoder.encode(found.get().getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String disposition = info.isImage() ? "inline" : "attachment";
        response.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''" + encoded);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(content.get());
        }
    }
}
