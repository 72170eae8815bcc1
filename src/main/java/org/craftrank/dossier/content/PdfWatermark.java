package org.craftrank.dossier.content;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Stamps every page of a PDF with a line naming who read it and when (the expert's account and the candidate's
 * code, never a name), diagonally and half transparent, and once more small at the foot of the page: a leaked copy
 * says whose it was. The text is ASCII so that a standard font carries it; no font file is embedded.
 */
public final class PdfWatermark {

    public void stamp(Path pdf, String line, OutputStream out) throws IOException {
        String text = ascii(line);
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()))) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
            faint.setNonStrokingAlphaConstant(0.25f);
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getCropBox();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs.saveGraphicsState();
                    cs.setGraphicsStateParameters(faint);
                    cs.setNonStrokingColor(0.8f, 0.1f, 0.1f);
                    float size = Math.max(10, Math.min(box.getWidth(), box.getHeight()) / 28);
                    float width = font.getStringWidth(text) / 1000 * size;
                    double angle = Math.atan2(box.getHeight(), box.getWidth());
                    float cx = box.getLowerLeftX() + box.getWidth() / 2;
                    float cy = box.getLowerLeftY() + box.getHeight() / 2;
                    cs.beginText();
                    cs.setFont(font, size);
                    Matrix m = Matrix.getRotateInstance(angle, cx, cy);
                    m.translate(-width / 2, -size / 2);
                    cs.setTextMatrix(m);
                    cs.showText(text);
                    cs.endText();
                    cs.restoreGraphicsState();
                    cs.beginText();
                    cs.setFont(font, 7);
                    cs.setNonStrokingColor(0.4f, 0.4f, 0.4f);
                    cs.newLineAtOffset(box.getLowerLeftX() + 12, box.getLowerLeftY() + 8);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(out);
        }
    }

    private static String ascii(String line) {
        StringBuilder b = new StringBuilder();
        line.codePoints().forEach(c -> b.append(c >= 32 && c < 127 ? (char) c : '?'));
        return b.toString();
    }
}
