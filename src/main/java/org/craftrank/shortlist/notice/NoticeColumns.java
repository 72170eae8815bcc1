package org.craftrank.shortlist.notice;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns a public notice (公示/公布) may have, and how each reads a {@link NoticePerson}. A notice shows the
 * model's {@code publishableFields} and nothing else; this table knows only publishable fields, so a model that
 * names anything else (ID number, phone, birth date, address) cannot get it into a notice by any route.
 */
public final class NoticeColumns {

    /** A notice column: the model's field name, its headings, and how to read it. */
    public record Column(String field, String zh, String en, Function<NoticePerson, String> value) {
    }

    private static final Map<String, Column> KNOWN = Map.ofEntries(
            column("name", "姓名", "Name", NoticePerson::name),
            column("gender", "性别", "Gender", NoticePerson::gender),
            column("ethnicity", "民族", "Ethnicity", NoticePerson::ethnicity),
            column("employer", "工作单位", "Employer", NoticePerson::employer),
            column("position", "职务（岗位）", "Position", NoticePerson::position),
            column("industry", "行业", "Industry", NoticePerson::industry),
            column("trade", "职业（工种）", "Trade", NoticePerson::trade),
            column("title", "职称", "Title", NoticePerson::title),
            column("skillLevel", "技能等级", "Skill level", NoticePerson::skillLevel),
            column("honours", "主要荣誉", "Honours", NoticePerson::honours),
            column("awards", "获奖情况", "Awards", NoticePerson::awards),
            column("recommendingUnit", "推荐单位", "Recommending unit", NoticePerson::recommendingUnit),
            column("group", "组别", "Group", NoticePerson::group));

    private NoticeColumns() {
    }

    private static Map.Entry<String, Column> column(String field, String zh, String en,
                                                    Function<NoticePerson, String> value) {
        return Map.entry(field, new Column(field, zh, en, value));
    }

    /** The columns for a model's allow-list, in its order; names the table does not know are left out. */
    public static List<Column> of(List<String> publishableFields) {
        return publishableFields.stream().filter(KNOWN::containsKey).map(KNOWN::get).toList();
    }
}
