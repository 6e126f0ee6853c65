package io.minato.hub.app.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentDetectorTest {

    private final ContentDetector detector = new ContentDetector();

    @ParameterizedTest
    @CsvSource({"png, PNG", "jpeg, JPEG", "gif, GIF", "bmp, BMP", "tiff, TIFF"})
    void recognisesEveryAllowedImageByItsBytes(String format, AttachmentType expected) {
        ContentDetector.Detection detection = detector.detect(SampleFiles.image(format, 1));

        assertThat(detection.allowed()).contains(expected);
        assertThat(detection.mediaType()).isEqualTo(expected.mediaType());
    }

    @Test
    void recognisesAHandWrittenPdf() {
        assertThat(detector.detect(SampleFiles.pdf()).allowed()).contains(AttachmentType.PDF);
    }

    @Test
    void recognisesAnXlsxInsideItsZipContainer() {
        assertThat(detector.detect(SampleFiles.xlsx()).allowed()).contains(AttachmentType.XLSX);
    }

    @Test
    void recognisesAnXlsInsideItsOle2Container() {
        assertThat(detector.detect(SampleFiles.xls()).allowed()).contains(AttachmentType.XLS);
    }

    @Test
    void refusesAPlainZipArchive() {
        ContentDetector.Detection detection = detector.detect(SampleFiles.zip());

        assertThat(detection.allowed()).isEmpty();
        assertThat(detection.mediaType()).isEqualTo("application/zip");
    }

    @Test
    void refusesAWorkbookWithMacros() {
        ContentDetector.Detection detection = detector.detect(SampleFiles.xlsm());

        assertThat(detection.allowed()).isEmpty();
        assertThat(detection.mediaType()).isEqualTo(ContentDetector.MACRO_ENABLED_WORKBOOK);
    }

    @Test
    void refusesAnOle2FileThatIsNoWorkbook() {
        ContentDetector.Detection detection = detector.detect(SampleFiles.ole2WithoutWorkbook());

        assertThat(detection.allowed()).isEmpty();
        assertThat(detection.mediaType()).isEqualTo("application/x-tika-msoffice");
        assertThat(detection.note()).contains("without a workbook");
    }

    @Test
    void refusesAnExecutable() {
        ContentDetector.Detection detection = detector.detect(SampleFiles.executable());

        assertThat(detection.allowed()).isEmpty();
        assertThat(detection.mediaType()).matches("application/x-(msdownload|dosexec).*");
    }

    @Test
    void refusesHtml() {
        ContentDetector.Detection detection = detector.detect(SampleFiles.html());

        assertThat(detection.allowed()).isEmpty();
        assertThat(detection.mediaType()).isEqualTo("text/html");
    }

    @Test
    void refusesADamagedContainerWithoutFailing() {
        byte[] broken = java.util.Arrays.copyOf(SampleFiles.xls(), 700);

        ContentDetector.Detection detection = detector.detect(broken);

        assertThat(detection.allowed()).isEmpty();
        assertThat(detection.note()).contains("cannot be read");
    }
}
