package vn.govportal.web.site;

import java.util.Locale;

/** Reads a request's {@code Accept-Encoding}: whether the client takes a gzipped answer. */
public final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /**
     * True if {@code header} names gzip (or "*") with a weight above zero, and does not refuse
     * it with {@code gzip;q=0}: "gzip, deflate, br" yes; "identity", "gzip;q=0", absent no.
     */
    public static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        boolean any = false;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean wanted = weight(pieces) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return wanted;
            }
            if (coding.equals("*")) {
                any = wanted;
            }
        }
        return any;
    }

    private static double weight(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q') && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0; // unreadable: not a yes
                }
            }
        }
        return 1;
    }
}
