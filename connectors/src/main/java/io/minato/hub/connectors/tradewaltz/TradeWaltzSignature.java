package io.minato.hub.connectors.tradewaltz;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-TradeWaltz-Signature: t=<epoch seconds>,v1=<hex>}: HMAC-SHA256, under the webhook secret shared
 * with TradeWaltz, of the timestamp, a dot and the raw body ({@code "1767225600." + body}). The timestamp
 * inside the signed bytes lets a receiver refuse a replay outside its tolerance; comparing in constant time
 * keeps the secret from leaking through timing.
 */
public final class TradeWaltzSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private TradeWaltzSignature() {
    }

    /** The header value for {@code body} sent at {@code at}. */
    public static String sign(String secret, Instant at, byte[] body) {
        long timestamp = at.getEpochSecond();
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac(secret, timestamp, body));
    }

    /**
     * Why the header does not prove that TradeWaltz sent {@code body} within {@code tolerance} of {@code now};
     * empty when it does. The reason names what is wrong, never the secret or the expected value.
     */
    public static Optional<String> refusal(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            return Optional.of("no " + TradeWaltzApi.SIGNATURE_HEADER + " header");
        }
        Long timestamp = null;
        String signature = null;
        for (String part : header.split(",")) {
            String item = part.strip();
            if (item.startsWith("t=")) {
                try {
                    timestamp = Long.parseLong(item.substring(2));
                } catch (NumberFormatException e) {
                    return Optional.of(TradeWaltzApi.SIGNATURE_HEADER + " has a timestamp that is not a number");
                }
            } else if (item.startsWith("v1=")) {
                signature = item.substring(3);
            }
        }
        if (timestamp == null || signature == null) {
            return Optional.of(TradeWaltzApi.SIGNATURE_HEADER + " must read t=<epoch seconds>,v1=<hex HMAC-SHA256>");
        }
        long skew = Math.abs(now.getEpochSecond() - timestamp);
        if (skew > tolerance.toSeconds()) {
            return Optional.of("the signature's timestamp is " + skew + " s away from the hub's clock (tolerance "
                    + tolerance.toSeconds() + " s): a replay or a wrong clock");
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature);
        } catch (IllegalArgumentException e) {
            return Optional.of(TradeWaltzApi.SIGNATURE_HEADER + " v1 is not hexadecimal");
        }
        if (!MessageDigest.isEqual(given, mac(secret, timestamp, body))) {
            return Optional.of("the signature does not match the body under the shared webhook secret");
        }
        return Optional.empty();
    }

    private static byte[] mac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory in every JDK: this is a broken runtime, not a bad input
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
