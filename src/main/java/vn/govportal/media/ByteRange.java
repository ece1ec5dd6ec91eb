package vn.govportal.media;

/**
 * The part of a file a {@code Range: bytes=…} header asks for (RFC 9110, section 14): one range,
 * {@code first-last}, {@code first-} or the last {@code -n} bytes. Several ranges at once are
 * answered with the whole file, which the standard allows.
 */
record ByteRange(long first, long last, long size) {

    static ByteRange whole(long size) {
        return new ByteRange(0, size - 1, size);
    }

    /** The range asked for; null when there is no header, or one this server answers with the whole file. */
    static ByteRange parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return null;
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String from = spec.substring(0, dash).trim();
            String to = spec.substring(dash + 1).trim();
            if (from.isEmpty()) { // the last n bytes
                long suffix = Long.parseLong(to);
                return suffix <= 0 ? unsatisfiable(size) : new ByteRange(Math.max(0, size - suffix), size - 1, size);
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            if (first < 0 || (!to.isEmpty() && Long.parseLong(to) < first)) {
                return null; // malformed: ignored, as the standard says
            }
            return first >= size ? unsatisfiable(size) : new ByteRange(first, last, size);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ByteRange unsatisfiable(long size) {
        return new ByteRange(size, size - 1, size);
    }

    boolean satisfiable() {
        return first <= last && first < size;
    }

    long length() {
        return Math.max(0, last - first + 1);
    }
}
