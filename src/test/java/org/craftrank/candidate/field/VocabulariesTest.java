package org.craftrank.candidate.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VocabulariesTest {

    @ParameterizedTest
    @CsvSource({"大专,大学专科", "大学本科,大学本科", "本科,大学本科", "在职本科,大学本科", "大学本科/学士,大学本科",
            "研究生（硕士学位）,研究生", "博士,研究生", "中专,中等职业教育", "技校,中等职业教育", "函授大专,大学专科", "高中,高中"})
    void educationIsReadInItsUsualWritingsWithStudyModeAndDegree(String written, String level) {
        assertEquals(Optional.of(level), Vocabularies.education(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"幼儿园", "本科生在读中", "学士", "很高"})
    void unknownEducationIsNotGuessed(String written) {
        assertEquals(Optional.empty(), Vocabularies.education(written));
    }

    @ParameterizedTest
    @CsvSource({"非公有制,民营企业", "国有企业,国有企业", "国企,国有企业", "混合所有制,混合所有制企业", "外商投资企业,外资企业",
            "其它,其他", "事业单位,事业单位"})
    void enterpriseTypesOfBothNotices(String written, String type) {
        assertEquals(Optional.of(type), Vocabularies.ENTERPRISE_TYPE.canonical(written));
    }

    @Test
    void genderAndYesNoIgnoreWidthBlanksAndCase() {
        assertEquals(Optional.of("男"), Vocabularies.GENDER.canonical(" 男 "));
        assertEquals(Optional.of("女"), Vocabularies.GENDER.canonical("female"));
        assertEquals(Optional.of("是"), Vocabularies.YES_NO.canonical("ｙｅｓ"));
        assertEquals(Optional.of("否"), Vocabularies.YES_NO.canonical("否"));
        assertEquals(Optional.empty(), Vocabularies.GENDER.canonical("未知"));
        assertEquals("性别 must be one of 男、女", Vocabularies.GENDER.unknownMessage());
    }
}
