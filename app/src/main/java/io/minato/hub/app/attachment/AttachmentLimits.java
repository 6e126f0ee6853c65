package io.minato.hub.app.attachment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The refusals of a file, each naming the limit or the types at fault, in English and Japanese. */
final class AttachmentLimits {

    private AttachmentLimits() {
    }

    /** 413; {@code size} is null when the servlet container stopped reading before the end of the file. */
    static AttachmentRefusedException tooLarge(AttachmentSettings settings, Long size) {
        String limit = readable(settings.maxFileSize().toBytes());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("limitBytes", settings.maxFileSize().toBytes());
        if (size != null) {
            properties.put("sizeBytes", size);
        }
        String actual = size == null ? "" : " (" + size + " bytes)";
        return new AttachmentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
                "the file" + actual + " is larger than the limit of " + limit + " per attachment"
                        + " / 添付ファイルは 1 件 " + limit + " までです",
                properties);
    }

    /** 409: the document carries as many files as it may. */
    static AttachmentRefusedException tooMany(AttachmentSettings settings, long documentId) {
        int limit = settings.maxPerDocument();
        return new AttachmentRefusedException(HttpStatus.CONFLICT,
                "document " + documentId + " already has " + limit + " attachments, the limit per document;"
                        + " remove one first / 添付ファイルは 1 帳票につき " + limit + " 件までです。先に不要なファイルを削除してください",
                Map.of("limit", limit));
    }

    static AttachmentRefusedException empty() {
        return new AttachmentRefusedException(HttpStatus.UNPROCESSABLE_ENTITY,
                "the file is empty / ファイルが空です", Map.of());
    }

    /** 415: the content is none of the allowed types. */
    static AttachmentRefusedException notAllowed(ContentDetector.Detection detection) {
        String what = detection.mediaType() + (detection.note() == null ? "" : ", " + detection.note());
        return new AttachmentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "the content of the file is " + what + "; attachments may only be " + AttachmentType.ALLOWED_EXTENSIONS
                        + " / このファイルの内容は " + detection.mediaType() + " です。添付できる形式は "
                        + AttachmentType.ALLOWED_EXTENSIONS + " のみです",
                Map.of("detectedType", detection.mediaType(), "allowed", AttachmentType.ALLOWED_EXTENSIONS));
    }

    /** 422: the name's extension says another type than the content. */
    static AttachmentRefusedException nameContradicts(String fileName, String extension, AttachmentType detected) {
        return new AttachmentRefusedException(HttpStatus.UNPROCESSABLE_ENTITY,
                "the name " + fileName + " says ." + extension + " but the content is " + detected.mediaType()
                        + "; name it ." + detected.defaultExtension()
                        + " / ファイル名 " + fileName + " の拡張子 ." + extension + " と内容 (" + detected.mediaType()
                        + ") が一致しません。拡張子を ." + detected.defaultExtension() + " にしてください",
                Map.of("extension", extension, "detectedType", detected.mediaType()));
    }

    /** "10 MB" for whole mebibytes, the bytes otherwise. */
    static String readable(long bytes) {
        long mebibyte = 1024L * 1024;
        return bytes % mebibyte == 0 ? bytes / mebibyte + " MB" : bytes + " bytes";
    }
}
