package org.craftrank.dossier.form;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a 推荐表 as a print-ready A4 PDF: the 2024 national notice's annex 4 (大国工匠培育对象推荐表) or the 2026
 * provincial notice's annex 2 (大国工匠人才推荐表), laid out as the notices' tables, filled from the candidate's data,
 * with the photo in its 2-inch box. The text is set in Noto Sans SC (SIL Open Font License, vendored under
 * {@code fonts/}), embedded as a subset of the glyphs used, so the PDF prints the same everywhere.
 *
 * <p>Plain PDFBox, no framework: a table is a list of rows of cells, each row as tall as its longest wrapped text.
 */
public final class RecommendationForm {

    static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float PAD = 4;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14;
    /** 2 寸 photo: 35 × 49 mm. */
    private static final float PHOTO_W = 35 / 25.4f * 72;
    private static final float PHOTO_H = 49 / 25.4f * 72;

    private static volatile byte[] fontBytes;

    /** Writes the form to {@code out}. */
    public void render(FormData data, OutputStream out) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font()));
             PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            Page page = new Page(doc, font);
            if ("national-2026".equals(data.form())) {
                national2026(page, data);
            } else {
                national2024(page, data);
            }
            page.close();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title(data));
            info.setCreator("CraftRank");
            doc.save(out);
        }
    }

    static String title(FormData data) {
        return "national-2026".equals(data.form()) ? "大国工匠人才推荐表" : "大国工匠培育对象推荐表";
    }

    // ------------------------------------------------------------------------------------------------------
    // The two forms, row by row as the notices print them
    // ------------------------------------------------------------------------------------------------------

    /** 2024 national notice, 附件 4. */
    private void national2024(Page p, FormData d) throws IOException {
        p.title(title(d));
        float[] w = {78, 62, 54, 60, 62, 0};
        w[5] = WIDTH - PHOTO_W - sum(w);
        float top = p.y;
        p.row(PHOTO_H / 3, w, L("姓名"), V(d.name()), L("性别"), V(d.gender()), L("出生年月"), V(d.birthYearMonth()));
        p.row(PHOTO_H / 3, w, L("民族"), V(d.ethnicity()), L("学历"), V(d.education()), L("政治面貌"),
                V(d.politicalStatus()));
        p.row(PHOTO_H / 3, new float[]{w[0], WIDTH - PHOTO_W - w[0]}, L("身份证号"), V(d.idNumber()));
        p.photo(d.photo(), top, "正面免冠\n彩色近照\n(2寸)");
        float[] half = {w[0], WIDTH / 2 - w[0], w[0], WIDTH / 2 - w[0]};
        p.row(0, half, L("工作单位"), V(d.employer()), L("职务"), V(d.position()));
        p.row(0, half, L("行业"), V(d.industry()), L("工种"), V(d.trade()));
        p.row(0, half, L("职称"), V(d.title()), L("技术等级"), V(d.skillLevel()));
        float[] three = {w[0], 62, 96, 62, 40, 0};
        three[5] = WIDTH - sum(three);
        p.row(0, three, L("何时参加工作"), V(d.workStart()), L("生产现场工作年限"), V(d.shopFloorYears()), L("电话"),
                V(d.phone()));
        p.row(0, new float[]{w[0], WIDTH - w[0] - 50 - 80, 50, 80}, L("单位地址"), V(d.employerAddress()), L("邮编"),
                V(d.postcode()));
        p.row(60, new float[]{w[0], WIDTH / 2 - w[0], 80, WIDTH / 2 - 80}, L("主要荣誉"), V(d.honours()),
                L("技能(工匠)奖项"), V(d.awards()));
        p.row(150, new float[]{w[0], WIDTH - w[0]}, L("推荐理由\n(300字以内)"), V(d.recommendationReason()));
        p.row(0, new float[]{WIDTH}, V("该推荐对象不属于涉密人员或涉敏感人员。其所有上报材料均已进行行业、企业的审定脱密处理。"
                + "拟公示和公布的信息非涉敏感信息，可以对外公布宣传。"));
        p.row(110, new float[]{w[0], WIDTH / 2 - w[0], 80, WIDTH / 2 - 80}, L("推荐单位\n意见"),
                V("\n\n\n\n（盖章）\n年　　月　　日"), L("三位同行\n高级专家\n姓名单位\n职务"), V(String.join("\n", d.referees())));
        p.gap(14);
        p.line("推荐单位：" + nz(d.unitName()));
        p.line("联系人：");
    }

    /** 2026 provincial notice, 附件 2 (under the 2025 national measures). */
    private void national2026(Page p, FormData d) throws IOException {
        p.title(title(d));
        p.line("推荐单位：" + nz(d.unitName()) + "　　　　联系人：　　　　　　电话：");
        p.gap(4);
        float[] w = {78, 62, 54, 60, 62, 0};
        w[5] = WIDTH - PHOTO_W - sum(w);
        float top = p.y;
        p.row(PHOTO_H / 3, w, L("姓名"), V(d.name()), L("性别"), V(d.gender()), L("出生年月"), V(d.birthYearMonth()));
        p.row(PHOTO_H / 3, w, L("民族"), V(d.ethnicity()), L("学历学位"), V(d.education()), L("政治面貌"),
                V(d.politicalStatus()));
        p.row(PHOTO_H / 3, new float[]{w[0], WIDTH - PHOTO_W - w[0]}, L("身份证号"), V(d.idNumber()));
        p.photo(d.photo(), top, "正面免冠\n彩色近照\n（2寸）");
        float[] half = {w[0], WIDTH / 2 - w[0], w[0], WIDTH / 2 - w[0]};
        p.row(0, half, L("工作单位"), V(d.employer()), L("行业"), V(d.industry()));
        p.row(0, half, L("职务"), V(d.position()), L("工种"), V(d.trade()));
        p.row(0, half, L("职称"), V(d.title()), L("技能等级"), V(d.skillLevel()));
        float[] three = {w[0], 62, 96, 62, 50, 0};
        three[5] = WIDTH - sum(three);
        p.row(0, three, L("何时参加工作"), V(d.workStart()), L("生产现场工作年限"), V(d.shopFloorYears()), L("企业性质"),
                V(d.enterpriseType()));
        p.row(0, new float[]{w[0], WIDTH - w[0] - 60 - 90, 60, 90}, L("单位地址"), V(d.employerAddress()),
                L("个人电话"), V(d.phone()));
        p.row(50, new float[]{w[0], WIDTH / 2 - w[0], 60, WIDTH / 2 - 60}, L("主要荣誉"), V(d.honours()),
                L("成果奖项"), V(d.awards()));
        p.row(90, new float[]{w[0], WIDTH - w[0]}, L("个人自述\n（200字以内）"), V(d.personalStatement()));
        p.row(0, new float[]{w[0], WIDTH - w[0]}, L("所在企业\n意见"), V("1.政治表现情况。（企业填写，50字以内）\n\n"
                + "2.该推荐人选不属于涉密人员或涉敏感人员。其所有上报材料均已进行行业、企业的审定脱密处理。"
                + "其个人基本信息非涉敏感信息，可以对外公布宣传。\n"
                + "3.企业将积极搭建大国工匠成长平台，支持其发挥社会作用，履行社会责任。\n"
                + "负责人签字：　　　　　　　　盖章\n　　　　　　　　　　　　　　　　　　　　年　　月　　日"));
        p.row(60, new float[]{w[0], WIDTH - w[0]}, L("所在集团\n工会意见"),
                V("\n　　　　　　　　　　　　　　　　盖章\n　　　　　　　　　　　　　　　　　　　　年　　月　　日"));
        p.row(90, new float[]{w[0], WIDTH - w[0]}, L("推荐理由"), V(d.recommendationReason()));
    }

    // ------------------------------------------------------------------------------------------------------
    // Drawing
    // ------------------------------------------------------------------------------------------------------

    private record Cell(String text, boolean label) {
    }

    private static Cell L(String text) {
        return new Cell(text, true);
    }

    private static Cell V(String text) {
        return new Cell(nz(text), false);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float v : w) {
            s += v;
        }
        return s;
    }

    /** A page being filled from the top; a row that does not fit starts a new page. */
    private static final class Page {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream cs;
        float y;

        Page(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            cs.setLineWidth(0.8f);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            cs.close();
        }

        void title(String text) throws IOException {
            float size = 18;
            float width = font.getStringWidth(text) / 1000 * size;
            text(text, MARGIN + (WIDTH - width) / 2, y - size, size);
            y -= size + 18;
        }

        void line(String text) throws IOException {
            text(safe(text), MARGIN, y - SIZE, SIZE);
            y -= LEADING + 2;
        }

        void gap(float h) {
            y -= h;
        }

        /** A row of cells with these widths, at least {@code minHeight} tall (0: one line). */
        void row(float minHeight, float[] widths, Cell... cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            float height = Math.max(minHeight, LEADING + 2 * PAD + 4);
            for (int i = 0; i < cells.length; i++) {
                List<String> lines = wrap(safe(cells[i].text()), widths[i] - 2 * PAD);
                wrapped.add(lines);
                height = Math.max(height, lines.size() * LEADING + 2 * PAD + 4);
            }
            if (y - height < MARGIN) {
                newPage();
            }
            float x = MARGIN;
            for (int i = 0; i < cells.length; i++) {
                cs.addRect(x, y - height, widths[i], height);
                cs.stroke();
                List<String> lines = wrapped.get(i);
                // labels are centred; a value of one line in a short row too, longer texts start at the top
                boolean centred = cells[i].label() || (lines.size() == 1 && height <= 50);
                float blockTop = centred ? y - (height - lines.size() * LEADING) / 2 : y - PAD;
                float ly = blockTop - LEADING + 3;
                for (String l : lines) {
                    float lx = cells[i].label()
                            ? x + (widths[i] - font.getStringWidth(l) / 1000 * SIZE) / 2 : x + PAD;
                    text(l, lx, ly, SIZE);
                    ly -= LEADING;
                }
                x += widths[i];
            }
            y -= height;
        }

        /** The photo box at the right of the rows drawn since {@code top}: the photo, or the form's wording. */
        void photo(byte[] photo, float top, String caption) throws IOException {
            float x = MARGIN + WIDTH - PHOTO_W;
            float h = top - y;
            cs.addRect(x, y, PHOTO_W, h);
            cs.stroke();
            if (photo != null) {
                PDImageXObject image = PDImageXObject.createFromByteArray(doc, photo, "photo");
                float scale = Math.min((PHOTO_W - 4) / image.getWidth(), (h - 4) / image.getHeight());
                float iw = image.getWidth() * scale;
                float ih = image.getHeight() * scale;
                cs.drawImage(image, x + (PHOTO_W - iw) / 2, y + (h - ih) / 2, iw, ih);
            } else {
                String[] lines = caption.split("\n");
                float ly = y + h / 2 + lines.length * LEADING / 2 - LEADING + 3;
                for (String l : lines) {
                    text(l, x + (PHOTO_W - font.getStringWidth(l) / 1000 * SIZE) / 2, ly, SIZE);
                    ly -= LEADING;
                }
            }
        }

        private void text(String text, float x, float baseline, float size) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        }

        /** Breaks at any character (Chinese has no spaces); keeps explicit line breaks. */
        private List<String> wrap(String text, float width) throws IOException {
            List<String> out = new ArrayList<>();
            for (String para : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                float w = 0;
                for (int i = 0; i < para.length(); ) {
                    int cp = para.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float cw = font.getStringWidth(ch) / 1000 * SIZE;
                    if (w + cw > width && line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                        w = 0;
                    }
                    line.append(ch);
                    w += cw;
                    i += Character.charCount(cp);
                }
                out.add(line.toString());
            }
            return out;
        }

        /** Characters the font lacks (or controls) become □, rather than failing the whole form. */
        private String safe(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                    return;
                }
                if (Character.isISOControl(cp)) {
                    return;
                }
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('□');
                }
            });
            return out.toString();
        }
    }

    private static byte[] font() {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = RecommendationForm.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the form font " + FONT + " is missing from the application");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fontBytes = bytes;
        }
        return bytes;
    }
}
