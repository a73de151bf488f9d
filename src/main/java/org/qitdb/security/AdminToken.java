package org.qitdb.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qitdb.common.Digests;

/** The bootstrap admin token from configuration; without one, no admin can write. */
@ApplicationScoped
public class AdminToken {

    public static final String NAME = "admin";
    /** Shorter secrets are refused: a guessable admin token is worse than none. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    public AdminToken(@ConfigProperty(name = "qitdb.admin-token") Optional<String> configured) {
        this.digest = configured.filter(t -> t.strip().length() >= MIN_LENGTH).map(t -> sha256(t.strip())).orElse(null);
    }

    public boolean matches(String token) {
        return digest != null && token != null && MessageDigest.isEqual(digest, sha256(token));
    }

    public static byte[] sha256(String value) {
        return Digests.sha256().digest(value.getBytes(StandardCharsets.UTF_8));
    }
}
