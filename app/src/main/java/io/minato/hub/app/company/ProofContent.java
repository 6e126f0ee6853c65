package io.minato.hub.app.company;

import io.minato.hub.app.support.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * The kinds of file a proof document (証明書類) may be, told by the file's first bytes rather than its
 * name or the type the browser claims: PDF or a scanned image.
 */
enum ProofContent {
    PDF("application/pdf", bytes("%PDF-")),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    GIF87("image/gif", bytes("GIF87a")),
    GIF89("image/gif", bytes("GIF89a")),
    TIFF_LITTLE_ENDIAN("image/tiff", new byte[] {'I', 'I', 42, 0}),
    TIFF_BIG_ENDIAN("image/tiff", new byte[] {'M', 'M', 0, 42}),
    BMP("image/bmp", bytes("BM"));

    /** 10 MB per file, as for attachments. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String contentType;
    private final byte[] magic;

    ProofContent(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    static Optional<ProofContent> of(byte[] content) {
        return Arrays.stream(values())
                .filter(kind -> content.length >= kind.magic.length
                        && Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length))
                .findFirst();
    }

    /** 422 for an empty file, 413 over 10 MB: checked before the file is read. */
    static void checkSize(long size) {
        if (size == 0) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "the proof file is empty / 証明書類のファイルが空です");
        }
        if (size > MAX_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "a proof file has at most 10 MB (this one " + size
                    + " bytes) / 証明書類は1ファイル10MBまでです");
        }
    }

    /** The content type of an acceptable proof; 415 when it is neither PDF nor image. */
    static String contentTypeOf(byte[] content) {
        return of(content).map(ProofContent::contentType).orElseThrow(() -> new ApiException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "a proof is a PDF or an image (jpeg, png, gif, tiff, bmp), judged by"
                + " its content / 証明書類は PDF または画像ファイル（内容で判定）にしてください"));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
