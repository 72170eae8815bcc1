package org.craftrank.web;

import org.craftrank.candidate.identity.ResidentIdNumber;
import org.craftrank.candidate.intake.SummaryFiles;
import org.craftrank.candidate.intake.SummaryLayout;

import java.util.concurrent.atomic.AtomicInteger;

/** Summary tables (the 2024 national annex 2 layout) for the import page tests, with fresh valid ID numbers. */
final class ImportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private ImportFiles() {
    }

    /** A valid ID number not used by any other test row (born 1980-06-15, a sequence number of this run). */
    static String freshId() {
        String first17 = "320102198006" + "15" + String.format("%03d", SEQ.incrementAndGet() % 1000);
        return first17 + ResidentIdNumber.checkChar(first17);
    }

    /** The same ID number with its check character changed. */
    static String broken(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
    }

    static Object[] row(String sequence, String name, String idNumber, String unit) {
        return new Object[]{sequence, name, "女", "1980.6", "汉族", "大学本科", "中共党员", idNumber, "中车南京浦镇车辆有限公司",
                "班组长", "制造业", "焊工", "高级工程师", "高级技师", "2000.7", "20", "国有企业", "一线产业工人", "否",
                "全国劳动模范", "中华技能大奖", "李四，中国中车集团，首席技师", "王五，东南大学，教授", "赵六，南京工业大学，教授",
                "长期扎根一线。", "扎根一线的焊接工匠", "南京市浦口区", "210031", "13912345678", unit, "刘联系",
                "025-12345678"};
    }

    static byte[] xlsx(Object[]... rows) {
        SummaryFiles files = SummaryFiles.of(SummaryLayout.NATIONAL_2024_ANNEX_2, "大国工匠培育对象推荐汇总表");
        for (Object[] row : rows) {
            files.row(row);
        }
        return files.xlsx();
    }
}
