package org.craftrank.dossier;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small real files of each kind, made on the spot (nothing binary is checked in). */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] pdf(String text) {
        return pdf(text, Kind.PLAIN);
    }

    public enum Kind { PLAIN, ENCRYPTED, JAVASCRIPT }

    public static byte[] pdf(String text, Kind kind) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            if (kind == Kind.JAVASCRIPT) {
                doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            }
            if (kind == Kind.ENCRYPTED) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF cut off before its end, as an interrupted upload leaves it. */
    public static byte[] truncatedPdf() {
        byte[] whole = pdf("cut off");
        return Arrays.copyOf(whole, whole.length * 2 / 3);
    }

    public static byte[] png(int w, int h) {
        return image("png", w, h);
    }

    public static byte[] jpeg(int w, int h) {
        return image("jpg", w, h);
    }

    private static byte[] image(String format, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4, h / 6, w / 2, h / 2);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first boxes of an ISO base media (MP4) file: ftyp, then an mdat of {@code payload} bytes. */
    public static byte[] mp4(int payload) {
        ByteBuffer b = ByteBuffer.allocate(24 + 8 + payload);
        b.putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put("isom".getBytes(StandardCharsets.US_ASCII))
                .putInt(0x200).put("isomiso2".getBytes(StandardCharsets.US_ASCII));
        b.putInt(8 + payload).put("mdat".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < payload; i++) {
            b.put((byte) (i * 31));
        }
        return b.array();
    }
}
