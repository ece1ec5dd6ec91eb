package vn.govportal.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.govportal.cluster.Grid;
import vn.govportal.cluster.SharedMap;

/**
 * The token a public form carries instead of a session: the time the form was made and an HMAC of
 * it under a key every instance shares (through the data grid). A post with no token, or one
 * this portal did not sign, is forged; one sent sooner than a person can fill the form, or a day
 * later, is refused too. It needs no cookie, so the form's page stays cacheable.
 */
@ApplicationScoped
public class FormTokens {

    /** What a token says of the post that carries it. */
    public enum Check {
        VALID, FORGED, TOO_FAST, EXPIRED
    }

    static final Duration MAX_AGE = Duration.ofHours(24);

    @Inject
    private Grid grid;

    private volatile byte[] key;

    public FormTokens() {
    }

    /** With a key of its own, without the data grid. */
    FormTokens(byte[] key) {
        this.key = key.clone();
    }

    /** A token for a form made at {@code now}. */
    public String issue(Instant now) {
        String issued = Long.toString(now.toEpochMilli());
        return issued + "." + mac(issued);
    }

    /** Whether {@code token} was made here, at least {@code minFill} and at most a day before {@code now}. */
    public Check check(String token, Instant now, Duration minFill) {
        if (token == null || token.length() > 100) {
            return Check.FORGED;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Check.FORGED;
        }
        String issued = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, mac(issued).getBytes(StandardCharsets.US_ASCII))) {
            return Check.FORGED;
        }
        Instant made;
        try {
            made = Instant.ofEpochMilli(Long.parseLong(issued));
        } catch (NumberFormatException e) {
            return Check.FORGED;
        }
        if (now.isBefore(made.plus(minFill))) {
            return Check.TOO_FAST;
        }
        return now.isAfter(made.plus(MAX_AGE)) ? Check.EXPIRED : Check.VALID;
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The shared key: the first instance to need it makes it, the others read it. */
    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            SharedMap<String> secrets = grid.map("form-secrets");
            String shared = secrets.update("public-forms", existing -> existing != null ? existing : newSecret(), Duration.ofDays(3650));
            current = Base64.getDecoder().decode(shared);
            key = current;
        }
        return current;
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
