package io.minato.hub.app.attachment;

import java.text.Normalizer;

/** The name an attachment is kept under: the uploader's, cleaned, and checked against the content. */
final class FileNames {

    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * The last path segment (some browsers send the client's full path) in NFC, because macOS sends
     * Japanese names decomposed; without control characters; shortened to 200 characters keeping the
     * extension. A name without extension gets the content's; one whose extension is not the
     * content's is refused (422), whether it names another allowed type or none.
     */
    static String checked(String original, AttachmentType detected) {
        String name = clean(original);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            String base = name.isEmpty() ? "attachment" : (dot == name.length() - 1 ? name.substring(0, dot) : name);
            return shortened(base, detected.defaultExtension());
        }
        String extension = name.substring(dot + 1);
        if (!detected.hasExtension(extension)) {
            throw AttachmentLimits.nameContradicts(name, extension, detected);
        }
        return shortened(name.substring(0, dot), extension);
    }

    private static String clean(String original) {
        if (original == null) {
            return "";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        return name.replaceAll("\\p{Cntrl}", "").strip();
    }

    private static String shortened(String base, String extension) {
        int room = MAX_LENGTH - extension.length() - 1;
        String kept = base.codePointCount(0, base.length()) <= room ? base
                : base.substring(0, base.offsetByCodePoints(0, room));
        return (kept.isEmpty() ? "attachment" : kept) + "." + extension;
    }
}
