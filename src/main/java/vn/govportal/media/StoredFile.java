package vn.govportal.media;

/** A stored file as the download servlet sees it: what it is, how big, and which original it was scaled from. */
public record StoredFile(long id, String fileName, String contentType, long byteSize, Long originalId) {

    public StoredFile(Long id, String fileName, String contentType, Long byteSize, Long originalId) {
        this(id.longValue(), fileName, contentType, byteSize.longValue(), originalId);
    }

    /** The original whose uses decide who may see this file. */
    public long original() {
        return originalId == null ? id : originalId;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
