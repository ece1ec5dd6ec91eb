package vn.govportal.media;

import jakarta.inject.Inject;
import jakarta.servlet.ServletOutputStream;
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
 * or {@code ?w=960}; documents download, images show inline.
 * <ul>
 * <li>A file is public while an item that uses it is public, or when it is the site's trust
 * badge (see {@link FileAccess}); otherwise only signed-in staff get it, never kept by a cache,
 * and a visitor gets "not found", as for a file that does not exist.</li>
 * <li>It is sent a piece at a time, so a large PDF is never held whole in memory, and a
 * {@code Range} request gets just the part asked for (a PDF viewer jumping to a page).</li>
 * </ul>
 */
@WebServlet(name = "MediaServlet", urlPatterns = MediaServlet.FOLDER + "*")
public class MediaServlet extends HttpServlet {

    /** Where stored files are served: {@code /tep/{id}/{file name}}. */
    public static final String FOLDER = "/tep/";

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/([^/]{1,255})");
    /** A public file may stop being public when its item is unpublished: caches ask again after an hour. */
    private static final String PUBLIC = "public, max-age=3600";
    private static final String STAFF_ONLY = "private, no-store";
    /** How much of a file is read from the database at once. */
    static final int PIECE = 512 * 1024;

    @Inject
    private MediaService media;

    /** The context-relative address serving a file; the id makes it unique, the name makes it readable. */
    public static String address(long id, String fileName) {
        return FOLDER + id + "/" + fileName;
    }

    /** The address of a stored image's rendition {@code width} pixels wide. */
    public static String address(long id, String fileName, int width) {
        return address(id, fileName) + "?w=" + width;
    }

    @Inject
    private FileAccess access;

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
        Optional<StoredFile> found = media.findStored(Long.parseLong(m.group(1)));
        if (found.isEmpty() || !found.get().fileName().equals(m.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile named = found.get();
        boolean isPublic = access.isPublic(named.original());
        if (!isPublic && request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // whether it exists is not a visitor's business
            return;
        }
        StoredFile file = named;
        int width = requestedWidth(request.getParameter("w"));
        if (width > 0 && named.isImage()) {
            // A scaled copy when one exists; small images have none and are served as they are.
            file = media.findRendition(named.id(), width).flatMap(r -> media.findStored(r.getId())).orElse(named);
        }
        String etag = "\"m" + file.id() + "\"";
        response.setHeader("Cache-Control", isPublic ? PUBLIC : STAFF_ONLY);
        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.contentType());
        String encoded = URLEncoder.encode(named.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        // Images and PDFs show in the browser (a PDF inside the document's page); other files download.
        boolean shown = file.isImage() || "application/pdf".equals(file.contentType());
        response.setHeader("Content-Disposition", (shown ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded);

        ByteRange range = ByteRange.parse(request.getHeader("Range"), file.byteSize());
        String ifRange = request.getHeader("If-Range");
        if (range == null || (ifRange != null && !ifRange.equals(etag))) {
            range = ByteRange.whole(file.byteSize()); // no range, several, or one for another version: the whole file
        } else if (!range.satisfiable()) {
            response.setHeader("Content-Range", "bytes */" + file.byteSize());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        } else {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + file.byteSize());
        }
        response.setContentLengthLong(range.length());
        if (!"HEAD".equals(request.getMethod())) {
            send(file.id(), range, response.getOutputStream());
        }
    }

    private void send(long id, ByteRange range, ServletOutputStream out) throws IOException {
        for (long at = range.first(); at <= range.last(); ) {
            int length = (int) Math.min(PIECE, range.last() - at + 1);
            byte[] piece = media.readPart(id, at, length);
            if (piece.length == 0) {
                throw new IOException("Stored file " + id + " ended at byte " + at + " of " + (range.last() + 1));
            }
            out.write(piece);
            at += piece.length;
        }
    }
}
