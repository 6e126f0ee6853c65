package io.minato.hub.app.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small real files of every kind the attachment tests send, made by the libraries that write them. */
final class SampleFiles {

    private SampleFiles() {
    }

    /** An image in ImageIO's format ("png", "jpeg", "gif", "bmp", "tiff"); {@code seed} makes its pixels differ. */
    static byte[] image(String format, int seed) {
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(seed * 37 % 256, seed * 91 % 256, 200));
        graphics.fillRect(0, 0, 16, 8);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png(int seed) {
        return image("png", seed);
    }

    /** A minimal one-page PDF, written by hand (header, catalog, pages, page, trailer). */
    static byte[] pdf() {
        return pdf(0);
    }

    /** {@link #pdf()} with {@code padding} bytes of comment before the end, to reach an exact size. */
    static byte[] pdf(int padding) {
        String head = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n";
        String tail = "%%EOF\n";
        StringBuilder pdf = new StringBuilder(head);
        if (padding > 0) {
            pdf.append('%').append("x".repeat(Math.max(0, padding - 2))).append('\n');
        }
        return pdf.append(tail).toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The size {@link #pdf(int)} has without padding. */
    static int pdfBaseSize() {
        return pdf().length;
    }

    static byte[] xlsx() {
        try (Workbook workbook = new XSSFWorkbook()) {
            return write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xls() {
        try (Workbook workbook = new HSSFWorkbook()) {
            return write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Workbook workbook) throws IOException {
        workbook.createSheet("船積").createRow(0).createCell(0).setCellValue("コンテナ番号");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** An xlsx with a macro project added: an xlsm under another name. */
    static byte[] xlsm() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP archive holding a text file. */
    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An OLE2 compound file that is no workbook (as a Word .doc would be). */
    static byte[] ole2WithoutWorkbook() {
        try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
            ole2.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ole2.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head of a Windows PE executable: MZ header pointing at a PE signature. */
    static byte[] executable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    static byte[] html() {
        return "<!DOCTYPE html>\n<html><head><title>請求書</title></head><body><script>alert(1)</script></body></html>\n"
                .getBytes(StandardCharsets.UTF_8);
    }
}
