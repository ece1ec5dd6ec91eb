package vn.govportal.media;

import java.io.Serializable;
import java.util.Locale;

/** What the site says about a stored file without loading its bytes. */
public final class MediaInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String fileName;
    private final String contentType;
    private final long byteSize;
    private final Integer width;
    private final Integer height;

    public MediaInfo(Long id, String fileName, String contentType, Long byteSize, Integer width, Integer height) {
        this.id = id;
        this.fileName = fileName;
        this.contentType = contentType;
        this.byteSize = byteSize;
        this.width = width;
        this.height = height;
    }

    public long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getByteSize() {
        return byteSize;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** "PDF, 45 KB": the kind and size a visitor sees before downloading. */
    public String getDescription() {
        String name = fileName.toUpperCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String kind = dot >= 0 ? name.substring(dot + 1) : contentType;
        return kind + ", " + humanSize(byteSize);
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
