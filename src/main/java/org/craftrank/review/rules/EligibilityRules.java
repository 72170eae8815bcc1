package org.craftrank.review.rules;

import org.craftrank.model.definition.CampaignLevel;
import org.craftrank.model.definition.CandidateFieldNames;
import org.craftrank.model.definition.EligibilityParameters;
import org.craftrank.model.definition.RuleSeverity;
import org.craftrank.model.definition.TextLength;
import org.craftrank.candidate.field.OrganisationNames;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The formal review (形式审查): every eligibility rule of the campaign's frozen model, one named method per rule,
 * applied to every candidate of the campaign. The parameters (years, age, referees, text limits, declared flags)
 * come from the model's {@link EligibilityParameters}; the messages quote the notice's own words from its basis.
 *
 * <p>Rules that compare candidates (one per group company, unit quota) see the whole campaign, so the rules are
 * built for one campaign's candidates and units at a time.
 */
public final class EligibilityRules {

    public static final String SHOP_FLOOR_YEARS = "shop-floor-years";
    public static final String ADVISORY_MAX_AGE = "advisory-max-age";
    public static final String OUTSIDE_REFEREES = "outside-referees";
    public static final String TEXT_LIMIT = "text-limit";
    public static final String ONE_PER_GROUP_COMPANY = "one-per-group-company";
    public static final String RECOGNISED_GREAT_CRAFTSMAN = "recognised-great-craftsman";
    public static final String LEADERSHIP_POST = "leadership-post";
    public static final String OTHER_TALENT_PROGRAMME = "other-talent-programme";
    public static final String UNIT_QUOTA = "unit-quota";
    public static final String UNIT_MINIMUM = "unit-minimum";

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final EligibilityParameters parameters;
    private final CampaignLevel level;
    private final LocalDate asOf;
    private final Map<Long, UnitFacts> units;
    private final Map<Long, List<CandidateFacts>> candidatesByUnit;

    /**
     * @param asOf       the day ages are counted to (the day the review runs)
     * @param candidates every candidate of the campaign, for the rules that compare candidates of one unit
     */
    public EligibilityRules(EligibilityParameters parameters, CampaignLevel level, LocalDate asOf,
                            List<UnitFacts> units, List<CandidateFacts> candidates) {
        this.parameters = parameters;
        this.level = level;
        this.asOf = asOf;
        this.units = units.stream().collect(Collectors.toMap(UnitFacts::id, Function.identity()));
        this.candidatesByUnit = candidates.stream()
                .sorted(Comparator.comparingLong(CandidateFacts::id))
                .collect(Collectors.groupingBy(CandidateFacts::unitId));
    }

    /** Every rule for every candidate of the campaign, in candidate id order. */
    public List<Verdict> reviewAll() {
        return candidatesByUnit.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingLong(CandidateFacts::id))
                .map(this::review).toList();
    }

    /** Every rule for one candidate, with every reason. */
    public Verdict review(CandidateFacts c) {
        List<Finding> findings = new ArrayList<>();
        shopFloorYearsAtLeast(c).ifPresent(findings::add);
        ageGenerallyNotOver(c).ifPresent(findings::add);
        findings.addAll(requiresOutsideReferees(c));
        findings.addAll(textsWithinLimits(c));
        onePerGroupCompanyPerUnit(c).ifPresent(findings::add);
        notAlreadyRecognised(c).ifPresent(findings::add);
        noLeadershipPost(c).ifPresent(findings::add);
        notOnOtherTalentProgramme(c).ifPresent(findings::add);
        perUnitQuota(c).ifPresent(findings::add);
        return Verdict.of(c.id(), findings);
    }

    /** Notices about units as a whole: a unit that nominated fewer than its quota rule asks for. */
    public List<UnitNotice> unitNotices() {
        List<UnitNotice> notices = new ArrayList<>();
        units.values().stream().sorted(Comparator.comparingLong(UnitFacts::id))
                .forEach(u -> unitNominatesAtLeastItsMinimum(u).ifPresent(notices::add));
        return notices;
    }

    /** 有N年以上（一线）生产现场工作经历: the model's minimum for the campaign's level. */
    public Optional<Finding> shopFloorYearsAtLeast(CandidateFacts c) {
        Integer minimum = parameters.minShopFloorYearsFor(level).orElse(null);
        if (minimum == null || minimum == 0) {
            return Optional.empty();
        }
        String basis = quote("minShopFloorYears", minimum + "年以上");
        if (c.shopFloorYears() == null) {
            return fail(SHOP_FLOOR_YEARS, "未填写生产现场工作年限，无法核对不少于" + minimum + "年的条件", basis);
        }
        if (c.shopFloorYears() < minimum) {
            return fail(SHOP_FLOOR_YEARS, "生产现场工作年限为" + c.shopFloorYears() + "年，少于" + minimum + "年", basis);
        }
        return Optional.empty();
    }

    /** 推荐对象年龄一般不超过55岁: advisory, so a warning and never a failure. */
    public Optional<Finding> ageGenerallyNotOver(CandidateFacts c) {
        Integer maxAge = parameters.advisoryMaxAge();
        if (maxAge == null) {
            return Optional.empty();
        }
        String basis = quote("advisoryMaxAge", maxAge + "岁");
        if (c.birthDate() == null) {
            return warn(ADVISORY_MAX_AGE, "未填写出生年月，无法核对年龄一般不超过" + maxAge + "岁的要求", basis);
        }
        int age = Period.between(c.birthDate(), asOf).getYears();
        if (age > maxAge) {
            return warn(ADVISORY_MAX_AGE, "出生年月" + YEAR_MONTH.format(c.birthDate()) + "，截至" + asOf + "已满"
                    + age + "岁，超过一般不超过" + maxAge + "岁的要求", basis);
        }
        return Optional.empty();
    }

    /** 推荐人选应得到 3 位非本单位同行高级专家推荐: enough distinct referees, none from the candidate's employer. */
    public List<Finding> requiresOutsideReferees(CandidateFacts c) {
        int required = parameters.requiredOutsideReferees();
        if (required == 0) {
            return List.of();
        }
        String basis = quote("requiredOutsideReferees", "非本单位");
        List<Finding> findings = new ArrayList<>();
        List<CandidateFacts.RefereeFacts> distinct = new ArrayList<>();
        for (CandidateFacts.RefereeFacts r : c.referees()) {
            if (distinct.stream().noneMatch(d -> OrganisationNames.samePerson(d.name(), r.name()))) {
                distinct.add(r);
            }
        }
        for (CandidateFacts.RefereeFacts r : distinct) {
            if (r.employer() == null || r.employer().isBlank()) {
                findings.add(finding(OUTSIDE_REFEREES, RuleSeverity.FAIL, "同行高级专家“" + r.name()
                        + "”未填写单位，无法核对是否为非本单位专家", basis));
            } else if (OrganisationNames.same(r.employer(), c.employer())) {
                findings.add(finding(OUTSIDE_REFEREES, RuleSeverity.FAIL, "同行高级专家“" + r.name() + "”的单位“"
                        + r.employer() + "”与推荐对象工作单位“" + c.employer() + "”相同，须为非本单位专家", basis));
            }
        }
        if (distinct.size() < required) {
            findings.add(0, finding(OUTSIDE_REFEREES, RuleSeverity.FAIL, "仅有" + distinct.size()
                    + "位同行高级专家推荐，须有" + required + "位非本单位同行高级专家推荐", basis));
        }
        return findings;
    }

    /** 推荐理由（300字以内）, 一句话推荐理由（30字以内）, 个人自述（200字以内）...: the model's text limits. */
    public List<Finding> textsWithinLimits(CandidateFacts c) {
        List<Finding> findings = new ArrayList<>();
        parameters.textLimits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(limit -> {
            String text = c.texts().get(limit.getKey());
            int length = TextLength.of(text);
            if (length > limit.getValue()) {
                findings.add(finding(TEXT_LIMIT, RuleSeverity.FAIL, CandidateFieldNames.label(limit.getKey()) + "为"
                        + length + "字，超过" + limit.getValue() + "字的限制",
                        quote("textLimits", limit.getValue() + "字以内")));
            }
        });
        return findings;
    }

    /**
     * 同一推荐单位对同一集团公司推荐人选不超过1人. The group company is the declared 所属集团公司, or the employer
     * when none is declared (two candidates of one employer are certainly of one group).
     */
    public Optional<Finding> onePerGroupCompanyPerUnit(CandidateFacts c) {
        Integer limit = parameters.maxPerGroupCompanyPerUnit();
        if (limit == null) {
            return Optional.empty();
        }
        List<CandidateFacts> sameGroup = candidatesByUnit.getOrDefault(c.unitId(), List.of()).stream()
                .filter(o -> o.id() != c.id() && OrganisationNames.same(groupOf(o), groupOf(c))).toList();
        if (sameGroup.size() + 1 <= limit) {
            return Optional.empty();
        }
        String what = blank(c.groupCompany()) ? "工作单位“" + c.employer() + "”" : "集团公司“" + c.groupCompany() + "”";
        return fail(ONE_PER_GROUP_COMPANY, unitName(c.unitId()) + "对同一" + what + "推荐了" + (sameGroup.size() + 1)
                + "人（另有" + sameGroup.stream().map(CandidateFacts::name).collect(Collectors.joining("、"))
                + "），超过" + limit + "人", quote("maxPerGroupCompanyPerUnit", "集团公司"));
    }

    /** 全国总工会已认定的大国工匠不再推荐. */
    public Optional<Finding> notAlreadyRecognised(CandidateFacts c) {
        return declared(c, "recognisedGreatCraftsman", RECOGNISED_GREAT_CRAFTSMAN,
                "推荐单位声明该推荐对象已被全国总工会认定为大国工匠", "推荐单位未声明该推荐对象是否已被认定为大国工匠，请核实");
    }

    /** 原则上不推荐已担任单位领导职务的人员: "in principle", so the model makes it a warning. */
    public Optional<Finding> noLeadershipPost(CandidateFacts c) {
        return declared(c, "leadershipPost", LEADERSHIP_POST,
                "推荐单位声明该推荐对象已担任单位领导职务", "推荐单位未声明该推荐对象是否担任单位领导职务，请核实");
    }

    /** 已入选国家级和其他部委人才计划的人员不再纳入推荐范围. */
    public Optional<Finding> notOnOtherTalentProgramme(CandidateFacts c) {
        return declared(c, "otherTalentProgramme", OTHER_TALENT_PROGRAMME,
                "推荐单位声明该推荐对象已入选国家级或其他部委人才计划",
                "推荐单位未声明该推荐对象是否已入选国家级或其他部委人才计划，请核实");
    }

    /**
     * The unit's 推荐名额. Nomination refuses to go beyond it, so this only fires when data came in some other
     * way; the candidates beyond the quota, in the order they were nominated, fail.
     */
    public Optional<Finding> perUnitQuota(CandidateFacts c) {
        UnitFacts unit = units.get(c.unitId());
        List<CandidateFacts> ofUnit = candidatesByUnit.getOrDefault(c.unitId(), List.of());
        if (unit == null || ofUnit.size() <= unit.quota()) {
            return Optional.empty();
        }
        int position = ofUnit.indexOf(c) + 1;
        if (position <= unit.quota()) {
            return Optional.empty();
        }
        return fail(UNIT_QUOTA, "“" + unit.name() + "”共推荐" + ofUnit.size() + "人，超出其推荐名额" + unit.quota()
                + "人；该推荐对象按推荐顺序为第" + position + "人", null);
    }

    /** 各设区市总工会推荐2-3名人选: a unit below the lower end of its range. */
    public Optional<UnitNotice> unitNominatesAtLeastItsMinimum(UnitFacts unit) {
        int nominated = candidatesByUnit.getOrDefault(unit.id(), List.of()).size();
        if (unit.minimum() == null || nominated >= unit.minimum()) {
            return Optional.empty();
        }
        return Optional.of(new UnitNotice(unit.id(), UNIT_MINIMUM, RuleSeverity.WARN, "“" + unit.name() + "”推荐"
                + nominated + "人，少于名额规则要求的" + unit.minimum() + "人"));
    }

    private Optional<Finding> declared(CandidateFacts c, String flag, String rule, String whenTrue,
                                       String whenUndeclared) {
        RuleSeverity severity = parameters.declarationRules().get(flag);
        if (severity == null) {
            return Optional.empty();
        }
        Boolean value = c.declarations().get(flag);
        String basis = quote(flag, "");
        if (value == null) {
            return warn(rule, whenUndeclared, basis);
        }
        return value ? Optional.of(finding(rule, severity, whenTrue, basis)) : Optional.empty();
    }

    private String unitName(long unitId) {
        UnitFacts unit = units.get(unitId);
        return unit == null ? "推荐单位" : "“" + unit.name() + "”";
    }

    private static String groupOf(CandidateFacts c) {
        return blank(c.groupCompany()) ? c.employer() : c.groupCompany();
    }

    /** The model's verbatim passage for the parameter that contains {@code needle}, else its first, else null. */
    private String quote(String parameter, String needle) {
        List<String> passages = parameters.basisOf(parameter);
        return passages.stream().filter(p -> p.contains(needle)).findFirst()
                .orElse(passages.isEmpty() ? null : passages.get(0));
    }

    private static Optional<Finding> fail(String rule, String message, String basis) {
        return Optional.of(finding(rule, RuleSeverity.FAIL, message, basis));
    }

    private static Optional<Finding> warn(String rule, String message, String basis) {
        return Optional.of(finding(rule, RuleSeverity.WARN, message, basis));
    }

    private static Finding finding(String rule, RuleSeverity severity, String message, String basis) {
        return new Finding(rule, severity, message, basis);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
