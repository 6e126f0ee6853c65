package io.minato.hub.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.app.support.ApiException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProofContentTest {

    @Test
    void recognisesPdfAndImagesByTheirFirstBytes() {
        assertThat(ProofContent.contentTypeOf("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("application/pdf");
        assertThat(ProofContent.contentTypeOf(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .isEqualTo("image/jpeg");
        assertThat(ProofContent.contentTypeOf(new byte[] {'I', 'I', 42, 0, 8, 0})).isEqualTo("image/tiff");
        assertThat(ProofContent.contentTypeOf(new byte[] {'M', 'M', 0, 42, 0, 0})).isEqualTo("image/tiff");
        assertThat(ProofContent.contentTypeOf("GIF89a..".getBytes(StandardCharsets.US_ASCII))).isEqualTo("image/gif");
    }

    @Test
    void refusesTextEvenWhenItStartsLikeAPdfName() {
        assertThatThrownBy(() -> ProofContent.contentTypeOf("PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
        assertThatThrownBy(() -> ProofContent.contentTypeOf(new byte[] {(byte) 0x89, 'P', 'N'}))
                .as("a truncated PNG signature").isInstanceOf(ApiException.class);
    }

    @Test
    void sizeIsCheckedBeforeTheContentIsRead() {
        ProofContent.checkSize(ProofContent.MAX_BYTES);
        assertThatThrownBy(() -> ProofContent.checkSize(ProofContent.MAX_BYTES + 1))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
        assertThatThrownBy(() -> ProofContent.checkSize(0))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY));
    }
}
