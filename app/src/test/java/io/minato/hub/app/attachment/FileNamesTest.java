package io.minato.hub.app.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class FileNamesTest {

    @Test
    void keepsANameWhoseExtensionIsTheContents() {
        assertThat(FileNames.checked("請求書.PDF", AttachmentType.PDF)).isEqualTo("請求書.PDF");
        assertThat(FileNames.checked("photo.jpeg", AttachmentType.JPEG)).isEqualTo("photo.jpeg");
        assertThat(FileNames.checked("scan.tif", AttachmentType.TIFF)).isEqualTo("scan.tif");
    }

    @Test
    void refusesAnExtensionOfAnotherAllowedTypeNamingBoth() {
        assertThatThrownBy(() -> FileNames.checked("invoice.pdf", AttachmentType.PNG))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(e.getMessage()).contains(".pdf", "image/png");
                    assertThat(e.properties()).containsEntry("extension", "pdf").containsEntry("detectedType", "image/png");
                });
    }

    @Test
    void refusesAnExtensionOfNoAllowedType() {
        assertThatThrownBy(() -> FileNames.checked("report.exe", AttachmentType.PDF))
                .isInstanceOf(AttachmentRefusedException.class)
                .hasMessageContaining(".exe");
    }

    @Test
    void givesANameWithoutExtensionTheContents() {
        assertThat(FileNames.checked("scan", AttachmentType.PNG)).isEqualTo("scan.png");
        assertThat(FileNames.checked(null, AttachmentType.XLSX)).isEqualTo("attachment.xlsx");
    }

    @Test
    void dropsTheClientsPathAndComposesDecomposedJapanese() {
        String decomposed = Normalizer.normalize("パスポート.png", Normalizer.Form.NFD);

        assertThat(FileNames.checked("C:\\Users\\tanaka\\" + decomposed, AttachmentType.PNG)).isEqualTo("パスポート.png");
    }

    @Test
    void shortensALongNameKeepingItsExtension() {
        String name = FileNames.checked("長".repeat(300) + ".pdf", AttachmentType.PDF);

        assertThat(name).endsWith(".pdf");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(200);
    }

    @Test
    void encodesAJapaneseNameForContentDisposition() {
        assertThat(DownloadHeaders.attachment("請求書 1.pdf"))
                .isEqualTo("attachment; filename=\"___ 1.pdf\"; filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8%201.pdf");
    }
}
