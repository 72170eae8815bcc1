package org.craftrank.dossier.form;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.craftrank.dossier.TestFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated 推荐表 read back with PDFBox: A4, the form's Chinese labels and the candidate's values, the font embedded as a subset. */
@Tag("database-independent")
class RecommendationFormTest {

    static FormData sample(String form, byte[] photo) {
        return new FormData(form, "张三丰", "男", "1980.06", "汉族", "大专", "中共党员", "110105198006150013",
                "中车某某机车车辆有限公司", "数控车间班组长", "制造业", "数控装调维修工", "高级工程师", "高级技师", "2000.07",
                "24", "国有企业", "13912341234", "北京市丰台区某某路1号", "100071", "全国劳动模范", "中华技能大奖",
                "长期扎根生产一线，攻克高速列车转向架加工难题。".repeat(8), "从学徒做起，二十余年专注数控加工。",
                List.of("李四，某某公司，首席技师", "王五，某某研究院，总工程师", "赵六，某某大学，教授"), "湖北省总工会", photo);
    }

    static byte[] render(FormData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecommendationForm().render(data, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"national-2024", "national-2026"})
    void theFormIsA4WithTheLabelsAndValuesInAnEmbeddedSubsetFont(String form) throws IOException {
        byte[] pdf = render(sample(form, TestFiles.jpeg(200, 280)));
        if (System.getProperty("form.out") != null) {
            Files.write(Path.of(System.getProperty("form.out"), form + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage first = doc.getPage(0);
            assertEquals(PDRectangle.A4.getWidth(), first.getMediaBox().getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), first.getMediaBox().getHeight(), 0.5);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            List<String> labels = form.equals("national-2024")
                    ? List.of("大国工匠培育对象推荐表", "姓名", "性别", "出生年月", "民族", "学历", "政治面貌", "身份证号", "工作单位",
                    "职务", "行业", "工种", "职称", "技术等级", "何时参加工作", "生产现场工作年限", "电话", "单位地址", "邮编",
                    "主要荣誉", "技能(工匠)奖项", "推荐理由", "推荐单位", "三位同行", "高级专家", "审定脱密处理")
                    : List.of("大国工匠人才推荐表", "姓名", "学历学位", "技能等级", "企业性质", "个人电话", "成果奖项", "个人自述",
                    "所在企业", "所在集团", "工会意见", "推荐理由");
            for (String label : labels) {
                assertTrue(text.contains(label), "label " + label);
            }
            for (String value : List.of("张三丰", "1980.06", "110105198006150013", "中车某某机车车辆有限公司", "数控装调维修工",
                    "13912341234", "湖北省总工会", "全国劳动模范", "中华技能大奖")) {
                assertTrue(text.contains(value), "value " + value);
            }
            if (form.equals("national-2024")) {
                assertTrue(text.contains("李四，某某公司，首席技师"), "referees");
            } else {
                assertTrue(text.contains("从学徒做起"), "personal statement");
            }
            PDFont font = first.getResources().getFont(first.getResources().getFontNames().iterator().next());
            assertTrue(font instanceof PDType0Font);
            assertTrue(font.isEmbedded(), "the font is embedded");
            assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + font.getName());
            assertTrue(font.getName().contains("NotoSansSC"), font.getName());
            assertTrue(first.getResources().getXObjectNames().iterator().hasNext(), "the photo is on the page");
            assertEquals(COSName.IMAGE.getName(), first.getResources().getXObject(
                    first.getResources().getXObjectNames().iterator().next()).getCOSObject().getNameAsString(COSName.SUBTYPE));
        }
        assertTrue(pdf.length < 1_000_000, "a subset, not the 10 MB font: " + pdf.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"national-2024"})
    void withoutAPhotoTheBoxSaysWhatToPasteAndAMissingGlyphDoesNotFailTheForm(String form) throws IOException {
        FormData d = sample(form, null);
        FormData odd = new FormData(d.form(), "张\u0007三\uD83D\uDE00", d.gender(), d.birthYearMonth(), d.ethnicity(),
                d.education(), d.politicalStatus(), null, d.employer(), d.position(), d.industry(), d.trade(), d.title(),
                d.skillLevel(), d.workStart(), d.shopFloorYears(), d.enterpriseType(), null, d.employerAddress(),
                d.postcode(), d.honours(), d.awards(), d.recommendationReason(), d.personalStatement(), d.referees(),
                d.unitName(), null);
        try (PDDocument doc = Loader.loadPDF(render(odd))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("正面免冠彩色近照(2寸)"), text);
            assertTrue(text.contains("张三"));
            assertFalse(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "no image");
        }
    }
}
