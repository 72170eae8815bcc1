package org.craftrank.model.definition;

/** 二级指标: one scored item, with its explanation (指标解释) and the evidence (支撑材料) experts look for. */
public record SubIndicator(String code, String name, String nameEn, Weight weight, String description,
                           String evidence) {
}
