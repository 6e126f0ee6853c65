package io.minato.hub.app.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a document may carry as attachments (添付ファイル): images jpg, jpeg, gif, png, tif,
 * tiff, bmp and pdf, xls, xlsx. The first extension is the one a file without any gets.
 */
enum AttachmentType {
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    PNG("image/png", "png"),
    TIFF("image/tiff", "tif", "tiff"),
    BMP("image/bmp", "bmp"),
    PDF("application/pdf", "pdf"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** For messages: "jpg, jpeg, gif, …". */
    static final String ALLOWED_EXTENSIONS = String.join(", ",
            Arrays.stream(values()).flatMap(type -> type.extensions.stream()).toList());

    private final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    String defaultExtension() {
        return extensions.get(0);
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    static Optional<AttachmentType> ofExtension(String extension) {
        return Arrays.stream(values()).filter(type -> type.hasExtension(extension)).findFirst();
    }
}
