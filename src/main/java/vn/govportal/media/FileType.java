package vn.govportal.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file staff may upload, recognised from their content (magic numbers and, for
 * Office and OpenDocument files, the parts inside the ZIP), never from the name or the browser's
 * claim. Anything not listed here (SVG, HTML, scripts, executables, archives) is refused.
 */
public enum FileType {
    PNG("image/png", Set.of("png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    GIF("image/gif", Set.of("gif")),
    WEBP("image/webp", Set.of("webp")),
    PDF("application/pdf", Set.of("pdf")),
    DOC("application/msword", Set.of("doc")),
    XLS("application/vnd.ms-excel", Set.of("xls")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    ODT("application/vnd.oasis.opendocument.text", Set.of("odt"));

    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** How many ZIP entries are read at most while looking for the part that identifies a document. */
    private static final int MAX_ZIP_ENTRIES = 2000;

    private final String contentType;
    private final Set<String> extensions;

    FileType(String contentType, Set<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** Whether a file name's extension is one this type is saved under. */
    public boolean matchesName(String fileName) {
        return extensions.contains(extension(fileName));
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The type of these bytes, if it is one staff may upload. An OLE compound file (old Word and
     * Excel share one container) is told apart by the name's extension, as there is no cheap
     * reliable way to tell them apart by content.
     */
    public static Optional<FileType> sniff(byte[] content, String fileName) {
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (content.length >= 12 && startsWith(content, 'R', 'I', 'F', 'F')
                && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (content.length >= OLE.length && Arrays.equals(Arrays.copyOf(content, OLE.length), OLE)) {
            String extension = extension(fileName);
            return extension.equals("xls") ? Optional.of(XLS) : extension.equals("doc") ? Optional.of(DOC) : Optional.empty();
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    private static Optional<FileType> officeDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (name.equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
                if (name.equals("mimetype")) {
                    byte[] mimetype = zip.readNBytes(100);
                    if (new String(mimetype, StandardCharsets.US_ASCII).equals(ODT.contentType)) {
                        return Optional.of(ODT);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable ZIP: not a document we accept
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
