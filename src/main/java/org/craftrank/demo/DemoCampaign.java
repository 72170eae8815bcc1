package org.craftrank.demo;

import org.craftrank.candidate.Gender;
import org.craftrank.candidate.identity.ResidentIdNumber;
import org.craftrank.unit.UnitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic but entirely fictional campaign on the 2024 national model: names, employers, ID numbers and
 * phones are generated from a fixed seed, so every demo database holds the same data. ID numbers carry a
 * valid GB 11643 check digit so that they pass the same validation as real ones.
 */
final class DemoCampaign {

    static final String NAME = "演示：2024年大国工匠培育对象推选（虚构数据）";
    static final String DELIBERATION_NAME = "演示：2024年大国工匠培育对象推选·评审会议阶段（虚构数据）";
    static final String MODEL_ID = "national-2024";
    /** The third demo campaign, in NOMINATION: where a unit's operator can nominate, submit and be returned. */
    static final String NOMINATION_NAME = "演示：2025年大国工匠培育对象推选·推荐阶段（虚构数据）";

    record Unit(String name, UnitKind kind, int quota, String regionCode, String province) {
    }

    record Person(String name, Gender gender, String birthYearMonth, String idNumber, String phone,
                  String employer, String position, String industry, String trade, String title,
                  String skillLevel, String workStart, int shopFloorYears, String enterpriseType, String honours,
                  String awards, List<String[]> referees, String reason, String oneLine, int unitIndex) {
    }

    record ExpertSeed(String name, String employer, String title, String specialty) {
    }

    static final List<Unit> UNITS = List.of(
            new Unit("北京市总工会", UnitKind.PROVINCE, 6, "110105", "北京"),
            new Unit("江苏省总工会", UnitKind.PROVINCE, 10, "320102", "江苏"),
            new Unit("浙江省总工会", UnitKind.PROVINCE, 10, "330106", "浙江"),
            new Unit("广东省总工会", UnitKind.PROVINCE, 10, "440106", "广东"),
            new Unit("山东省总工会", UnitKind.PROVINCE, 10, "370102", "山东"),
            new Unit("中国铁路工会", UnitKind.INDUSTRY_UNION, 6, "110108", "铁路"),
            new Unit("中国机械冶金建材工会", UnitKind.INDUSTRY_UNION, 6, "110102", "机冶建材"));

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final String[] GIVEN = {"建国", "志强", "海燕", "明辉", "秀英", "国栋", "晓东", "丽华", "振宇", "春梅",
            "立新", "红霞", "永刚", "雪峰", "桂兰", "德胜", "文静", "宏伟", "玉珍", "俊杰", "金凤", "卫东", "淑芬", "士杰"};
    private static final String[][] TRADES = {
            {"制造业", "数控装调维修工"}, {"制造业", "焊工"}, {"制造业", "钳工"}, {"制造业", "车工"},
            {"交通运输业", "动车组机械师"}, {"能源", "电力电缆安装运维工"}, {"建筑业", "钢筋工"},
            {"制造业", "航空发动机装配工"}, {"制造业", "精密仪器仪表修理工"}, {"化工", "化工总控工"}};
    private static final String[] EMPLOYER_STEMS = {"华岳重工", "长江精密机械", "东海船舶", "北辰轨道装备", "南粤智能制造",
            "齐鲁石化装备", "燕山电力", "钱塘数控", "中原铸锻", "江淮汽车零部件", "西山航空部件", "泰岳工程建设"};
    private static final String[] ENTERPRISE_TYPES = {"国有企业", "非公有制", "国有企业", "混合所有制"};
    private static final String[] SKILLS = {"高级技师", "技师", "高级技师", "特级技师"};
    private static final String[] TITLES = {"高级工程师", "工程师", "正高级工程师", "工程师"};

    static final List<ExpertSeed> EXPERTS = List.of(
            new ExpertSeed("评审专家甲（虚构）", "示例理工大学", "教授", "机械制造工艺"),
            new ExpertSeed("评审专家乙（虚构）", "示例技师学院", "正高级讲师", "焊接技术"),
            new ExpertSeed("评审专家丙（虚构）", "示例装备研究院", "研究员", "数控与自动化"),
            new ExpertSeed("评审专家丁（虚构）", "示例轨道交通研究所", "正高级工程师", "轨道车辆"),
            new ExpertSeed("评审专家戊（虚构）", "示例电力科学研究院", "正高级工程师", "电力运维"),
            new ExpertSeed("评审专家己（虚构）", "示例职业技能鉴定中心", "高级技师", "职业技能评价"),
            new ExpertSeed("评审专家庚（虚构）", "示例化工设计院", "教授级高工", "化工工艺"));

    /** 30 candidates spread over the units, within each unit's quota. */
    static List<Person> candidates() {
        Random random = new Random(20240205L);
        List<Person> people = new ArrayList<>();
        int[] perUnit = {3, 6, 5, 5, 5, 3, 3};
        int n = 0;
        for (int u = 0; u < perUnit.length; u++) {
            for (int k = 0; k < perUnit[u]; k++, n++) {
                Unit unit = UNITS.get(u);
                Gender gender = n % 4 == 1 ? Gender.FEMALE : Gender.MALE;
                int year = 1969 + random.nextInt(24);
                int month = 1 + random.nextInt(12);
                int day = 1 + random.nextInt(28);
                String birth = String.format("%04d-%02d", year, month);
                String idNumber = idNumber(unit.regionCode(), year, month, day, gender, random);
                String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
                String[] trade = TRADES[n % TRADES.length];
                String employer = unit.province() + EMPLOYER_STEMS[n % EMPLOYER_STEMS.length] + "有限公司（虚构）";
                int workYear = year + 18 + random.nextInt(4);
                // At least the 5 years the 2024 notice requires (有5年以上一线生产现场工作经历), so every demo
                // candidate passes the formal review.
                int shopFloor = Math.min(2024 - workYear, 5 + random.nextInt(25));
                String name = SURNAMES[(n * 7) % SURNAMES.length] + GIVEN[(n * 5 + u) % GIVEN.length];
                List<String[]> referees = List.of(
                        new String[]{"推荐专家" + (n + 1) + "A", EMPLOYER_STEMS[(n + 3) % EMPLOYER_STEMS.length] + "集团（虚构）", "首席技师"},
                        new String[]{"推荐专家" + (n + 1) + "B", "示例工业大学（虚构）", "教授"},
                        new String[]{"推荐专家" + (n + 1) + "C", EMPLOYER_STEMS[(n + 5) % EMPLOYER_STEMS.length] + "研究院（虚构）", "正高级工程师"});
                String reason = "该同志长期扎根" + trade[1] + "岗位一线，" + shopFloor + "年来攻克多项关键工艺难题，"
                        + "总结形成先进操作法并在本行业推广，带徒" + (5 + random.nextInt(30)) + "人，"
                        + "领衔创新工作室，为企业创造显著经济效益。（虚构示例）";
                String oneLine = "扎根一线" + shopFloor + "年的" + trade[1] + "（虚构）";
                people.add(new Person(name, gender, birth, idNumber, phone, employer, "班组长", trade[0], trade[1],
                        TITLES[n % TITLES.length], SKILLS[n % SKILLS.length],
                        String.format("%04d-%02d", workYear, 7), shopFloor, ENTERPRISE_TYPES[n % ENTERPRISE_TYPES.length],
                        n % 3 == 0 ? "全国五一劳动奖章（虚构）" : "省级劳动模范（虚构）",
                        n % 2 == 0 ? "中华技能大奖（虚构）" : "全国技术能手（虚构）",
                        referees, reason, oneLine, u));
            }
        }
        return people;
    }

    /** A fictional number with the right shape and a valid check digit; the sequence's parity encodes gender. */
    private static String idNumber(String region, int year, int month, int day, Gender gender, Random random) {
        int sequence = 10 * random.nextInt(100) + 2 * random.nextInt(5) + (gender == Gender.MALE ? 1 : 0);
        String first17 = region + String.format("%04d%02d%02d%03d", year, month, day, sequence);
        return first17 + ResidentIdNumber.checkChar(first17);
    }

    private DemoCampaign() {
    }
}
