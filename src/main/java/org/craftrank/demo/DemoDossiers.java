package org.craftrank.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.craftrank.dossier.DossierService;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Fictional dossiers for the demo candidates, made at seeding time: a one-page evidence PDF for the first sub-indicator (LEAD1)
 * and a drawn "photo" (a coloured silhouette, no face of anybody). Nothing binary is shipped; the PDFs say in English
 * that they are fictional (a standard PDF font has no Chinese glyphs).
 */
@ApplicationScoped
public class DemoDossiers {

    private final DossierService dossiers;

    public DemoDossiers(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    void seed(long campaignId, List<Long> candidateIds) {
        try {
            Path dir = Files.createTempDirectory("craftrank-demo-files");
            try {
                int n = 0;
                for (long candidate : candidateIds) {
                    n++;
                    Path photo = dir.resolve("photo-" + n + ".png");
                    ImageIO.write(photo(n), "png", photo.toFile());
                    dossiers.attachWhileSeeding(campaignId, candidate, "PHOTO", photo, "照片.png", "demo-seeder");
                    for (String item : List.of("LEAD1")) {
                        Path pdf = dir.resolve(item + "-" + n + ".pdf");
                        writePdf(pdf, campaignId, n, item);
                        dossiers.attachWhileSeeding(campaignId, candidate, item, pdf, item + "证明材料.pdf",
                                "demo-seeder");
                    }
                }
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the demo dossiers could not be made", e);
        }
    }

    private static BufferedImage photo(int n) {
        Random r = new Random(n);
        BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(60 + r.nextInt(120), 110 + r.nextInt(100), 170 + r.nextInt(80)));
        g.fillRect(0, 0, 200, 280);
        g.setColor(new Color(235, 225, 215));
        g.fillOval(60, 50, 80, 100);
        g.fillRoundRect(30, 160, 140, 140, 60, 60);
        g.dispose();
        return img;
    }

    private static void writePdf(Path target, long campaignId, int n, String item) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
                PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                cs.beginText();
                cs.setFont(bold, 20);
                cs.newLineAtOffset(60, 760);
                cs.showText("FICTIONAL DEMO EVIDENCE - " + item);
                cs.setFont(plain, 12);
                cs.newLineAtOffset(0, -32);
                cs.showText("Campaign " + campaignId + ", demo candidate no. " + n + ".");
                cs.newLineAtOffset(0, -18);
                cs.showText("This page stands in for a certificate or a report a recommending unit would upload.");
                cs.newLineAtOffset(0, -18);
                cs.showText("It describes no real person, company or achievement.");
                cs.endText();
                cs.addRect(60, 500, 475, 160);
                cs.stroke();
            }
            doc.save(target.toFile());
        }
    }
}
