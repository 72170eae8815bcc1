package org.craftrank.scoring.page;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.craftrank.scoring.autoassign.Infeasible;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bottleneck the solver can report reads as a whole sentence in Chinese and in English. */
@QuarkusTest
class InfeasibleWordingTest {

    /** One example per sentence shape the solver produces, values as the solver gives them. */
    private static final Map<String, List<String>> EXAMPLES = Map.ofEntries(
            Map.entry("enough-eligible-experts", List.of("K7QM2X", "土木建筑", "3", "5", "2")),
            Map.entry("lower-bound-reachable", List.of("王工", "", "2", "3")),
            Map.entry("upper-bounds-cover-demand", List.of("2,400", "2,700")),
            Map.entry("lower-bounds-fit-demand", List.of("12", "10")),
            Map.entry("group-upper-bounds-cover-demand", List.of("医药", "6", "4")),
            Map.entry("group-lower-bounds-fit-demand", List.of("医药", "8", "6")),
            Map.entry("saturated-candidate", List.of("0007", "仪电", "2", "1", "1", "2")),
            Map.entry("saturated-candidates", List.of("7", "", "A1, A2, A3, A4, A5", "2", "14", "3", "6", "3")),
            Map.entry("unreachable-lower-bound", List.of("王工", "医药", "4", "2")),
            Map.entry("unreachable-lower-bounds", List.of("2", "专家1, 专家2", "0", "4", "2")),
            Map.entry("load-bounds", List.of()));

    @Test
    void everyShapeIsWordedWithAllItsFiguresInBothLanguages() {
        AssignMsg chinese = MessageBundles.get(AssignMsg.class);
        AssignMsg english = MessageBundles.get(AssignMsg.class, Localized.Literal.of("en"));
        EXAMPLES.forEach((key, values) -> {
            for (AssignMsg texts : List.of(chinese, english)) {
                String sentence = InfeasibleWording.of(new Infeasible.Facts(key, values), texts);
                assertFalse(sentence.contains("{"), key + ": " + sentence);
                for (String value : values) {
                    if (!value.isEmpty() && !value.equals("0") && !(value.equals("1") && key.startsWith("enough"))) {
                        assertTrue(sentence.contains(value), key + " must show " + value + ": " + sentence);
                    }
                }
            }
        });
        assertEquals("推荐对象土木建筑组的K7QM2X只有 3 位无回避的专家，需要 5 位（共有 2 位推荐对象专家不足）。",
                InfeasibleWording.of(new Infeasible.Facts("enough-eligible-experts",
                        EXAMPLES.get("enough-eligible-experts")), chinese));
        assertEquals("7 candidates (A1, A2, A3, A4, A5 and 2 more) need 14 more reviews but the 3 conflict-free "
                        + "experts who may review them can take only 6 more: 3 of them are at their upper load bound.",
                InfeasibleWording.of(new Infeasible.Facts("saturated-candidates",
                        EXAMPLES.get("saturated-candidates")), english));
    }

    @Test
    void aShapeWithoutWordingIsABugNotASilentEnglishFallback() {
        assertThrows(IllegalArgumentException.class, () -> InfeasibleWording.of(
                new Infeasible.Facts("new-rule", List.of()), MessageBundles.get(AssignMsg.class)));
    }
}
