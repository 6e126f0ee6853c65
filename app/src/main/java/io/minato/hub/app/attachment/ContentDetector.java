package io.minato.hub.app.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * What a file is by its bytes alone; its name never takes part (Tika is given no name hint).
 *
 * <p>Tika's magic bytes decide images and PDF. For the two spreadsheet formats tika-core only sees the
 * container (an OLE2 compound file, a ZIP), so this class looks inside it, by reading the container:
 * an OLE2 file is xls when POI's {@link POIFSFileSystem} finds a {@code Workbook} (BIFF8) or {@code Book}
 * (BIFF5) stream at its root; a ZIP is xlsx when its central directory, read by commons-compress without
 * inflating anything, holds {@code xl/workbook.xml}. A workbook that also holds {@code xl/vbaProject.bin}
 * carries macros and is reported as the macro-enabled type (xlsm), which is not an allowed attachment.
 */
@Component
class ContentDetector {

    static final String MACRO_ENABLED_WORKBOOK = "application/vnd.ms-excel.sheet.macroenabled.12";
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = magic.getMediaTypeRegistry();

    /** The detected type; {@code note} says why a container was not recognised, for the refusal. */
    record Detection(String mediaType, String note) {

        Optional<AttachmentType> allowed() {
            return AttachmentType.ofMediaType(mediaType);
        }
    }

    Detection detect(byte[] content) {
        MediaType type = byMagic(content);
        if (isA(type, OLE2)) {
            return inOle2(content, type);
        }
        if (isA(type, MediaType.APPLICATION_ZIP)) {
            return inZip(content, type);
        }
        return new Detection(type.toString(), null);
    }

    private MediaType byMagic(byte[] content) {
        try {
            return registry.normalize(magic.detect(new ByteArrayInputStream(content), new Metadata()).getBaseType());
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes held in memory failed", e);
        }
    }

    private boolean isA(MediaType type, MediaType container) {
        return type.equals(container) || registry.isSpecializationOf(type, container);
    }

    private static Detection inOle2(byte[] content, MediaType container) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            boolean workbook = ole2.getRoot().getEntryNames().stream()
                    .anyMatch(name -> name.equalsIgnoreCase("Workbook") || name.equalsIgnoreCase("Book"));
            return workbook ? new Detection(AttachmentType.XLS.mediaType(), null)
                    : new Detection(OLE2.toString(), "an OLE2 compound file without a workbook stream");
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged container with assorted runtime exceptions; for the uploader it is one answer
            return new Detection(container.toString(), "an OLE2 compound file that cannot be read: " + e.getMessage());
        }
    }

    private static Detection inZip(byte[] content, MediaType container) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            if (zip.getEntry("xl/workbook.xml") == null) {
                return new Detection(MediaType.APPLICATION_ZIP.toString(), "a ZIP archive that is not an Excel workbook");
            }
            if (zip.getEntry("xl/vbaProject.bin") != null) {
                return new Detection(MACRO_ENABLED_WORKBOOK, "an Excel workbook with macros");
            }
            return new Detection(AttachmentType.XLSX.mediaType(), null);
        } catch (IOException | RuntimeException e) {
            return new Detection(container.toString(), "a ZIP archive that cannot be read: " + e.getMessage());
        }
    }
}
