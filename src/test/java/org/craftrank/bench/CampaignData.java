package org.craftrank.bench;

import org.craftrank.candidate.identity.ResidentIdNumber;
import org.craftrank.candidate.intake.SummaryFiles;
import org.craftrank.candidate.intake.SummaryLayout;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The deterministic (seeded) content of one benchmark campaign: candidate rows of the 2024 national summary table
 * (annex 2) that all pass the formal review, the experts, and each expert's item scores for each candidate. The
 * same size and seed always give the same campaign, byte for byte.
 *
 * <p>Sizes follow the issue: about 300, 3,000 and 10,000 candidates with R = 9; experts scale so that the
 * 10,000-candidate campaign has 300 of them.
 */
record CampaignData(int candidates, int experts, long seed) {

    static final List<String> ITEMS = List.of("LEAD1", "LEAD2", "LEAD3", "PRAC1", "PRAC2", "PRAC3", "INNO1", "INNO2",
            "INNO3", "BRKT1", "BRKT2", "BRKT3", "INHR1", "INHR2", "INHR3");
    static final int REVIEWS = 9;

    static CampaignData ofSize(int candidates, long seed) {
        int experts = candidates >= 10_000 ? 300 : candidates >= 3_000 ? 100 : candidates >= 300 ? 30 : 15;
        return new CampaignData(candidates, experts, seed);
    }

    /** A valid, unique resident ID per candidate index; the birth date inside it is the row's 出生年月. */
    static String idNumber(int i) {
        int year = 1962 + i % 24;
        int month = 1 + (i / 24) % 12;
        int day = 1 + (i / 288) % 28;
        int sequence = 100 + i / 8064;
        String first17 = String.format("320102%04d%02d%02d%03d", year, month, day, sequence);
        return first17 + ResidentIdNumber.checkChar(first17);
    }

    /** The summary table of candidates [from, to) for one unit, as the 2024 notice's annex 2 prints it. */
    SummaryFiles summaryTable(int from, int to, String unitName) {
        SummaryFiles file = SummaryFiles.of(SummaryLayout.NATIONAL_2024_ANNEX_2, "大国工匠培育对象推荐汇总表");
        for (int i = from; i < to; i++) {
            String id = idNumber(i);
            String birth = Integer.parseInt(id.substring(6, 10)) + "." + Integer.parseInt(id.substring(10, 12));
            file.row(Integer.toString(i - from + 1), "候选人" + i, i % 3 == 0 ? "女" : "男", birth, "汉族",
                    i % 2 == 0 ? "大学本科" : "大专", "中共党员", id,
                    // one employer per candidate: a unit may nominate one person per group company
                    "第" + i + "精密制造有限公司", "班组长", "制造业", TRADES[i % TRADES.length], "高级工程师", "高级技师",
                    "2000.7", Integer.toString(10 + i % 15), "国有企业", "一线产业工人", "否", "全国劳动模范", "中华技能大奖",
                    "李四，中国中车集团，首席技师", "王五，东南大学，教授", "赵六，南京工业大学，教授", "长期扎根一线，攻克多项技术难题。",
                    "扎根一线的" + TRADES[i % TRADES.length] + "工匠", "南京市浦口区", "210031",
                    String.format("139%08d", i), unitName, "刘联系", "025-12345678");
        }
        return file;
    }

    static final String[] TRADES = {"电焊工", "数控车工", "钳工", "电工", "装配钳工", "维修电工", "铣工", "模具工"};

    Map<String, Object> expert(int e) {
        return Map.of("name", "专家" + e, "employer", "第" + e + "工业大学", "title", "教授", "specialty", "制造业");
    }

    /**
     * One expert's item scores for one candidate, on the 2024 model's 0–10 scale in 0.5 steps: the candidate's
     * quality plus the expert's leniency plus noise, deterministic in (seed, expert, candidate).
     */
    Map<String, BigDecimal> scores(long expertKey, long candidateKey) {
        double quality = 6.5 + new SplittableRandom(seed * 31 + candidateKey).nextDouble(-2, 2);
        double leniency = new SplittableRandom(seed * 17 + expertKey * 1_000_003L).nextDouble(-0.8, 0.8);
        SplittableRandom noise = new SplittableRandom(seed ^ (expertKey * 0x9E3779B97F4A7C15L) ^ candidateKey);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String item : ITEMS) {
            double v = quality + leniency + noise.nextDouble(-1.5, 1.5);
            scores.put(item, BigDecimal.valueOf(Math.round(Math.max(0, Math.min(10, v)) * 2) * 5, 1));
        }
        return scores;
    }

    /** The JSON body of a full sheet for PUT /api/campaigns/{id}/sheets/{cid}. */
    Map<String, Object> sheetBody(long expertKey, long candidateKey) {
        Map<String, Object> items = new LinkedHashMap<>();
        scores(expertKey, candidateKey).forEach((code, score) -> items.put(code, Map.of("score", score)));
        return Map.of("items", items);
    }
}
