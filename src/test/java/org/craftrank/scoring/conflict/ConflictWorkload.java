package org.craftrank.scoring.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded experts and candidates whose names collide often and in the ways forms spell them (full-width letters,
 * brackets, a department after the company), shared by the equivalence test and the benchmark.
 */
final class ConflictWorkload {

    final List<ConflictFacts.Expert> experts = new ArrayList<>();
    final List<ConflictFacts.Candidate> candidates = new ArrayList<>();

    private static final String[] COMPANIES = {"中车株洲电力机车有限公司", "鞍钢集团（本部）", "ABC机械有限公司",
            "中国商飞上海飞机制造有限公司", "国网江苏省电力有限公司", "公司"};
    private static final String[] PEOPLE = {"王伟", "王伟华", "李娜", "张敏", "刘洋"};

    ConflictWorkload(long seed, int expertCount, int candidateCount) {
        Random random = new Random(seed);
        for (int i = 0; i < expertCount; i++) {
            experts.add(new ConflictFacts.Expert(person(random), organisation(random, i)));
        }
        for (int i = 0; i < candidateCount; i++) {
            List<ConflictFacts.Referee> referees = List.of(
                    new ConflictFacts.Referee(person(random), organisation(random, i + 1)),
                    new ConflictFacts.Referee(person(random), organisation(random, i + 2)),
                    new ConflictFacts.Referee(person(random), organisation(random, i + 3)));
            candidates.add(new ConflictFacts.Candidate(organisation(random, i), "省总工会" + random.nextInt(40),
                    referees));
        }
    }

    private static String person(Random random) {
        return PEOPLE[random.nextInt(PEOPLE.length)];
    }

    /** One in four names is one of a few shared companies, written in one of its variants; the rest are unique. */
    private static String organisation(Random random, int serial) {
        if (random.nextInt(4) > 0) {
            return "示例企业" + serial + "号有限公司";
        }
        String company = COMPANIES[random.nextInt(COMPANIES.length)];
        return switch (random.nextInt(4)) {
            case 0 -> company;
            case 1 -> company + " 技术中心";
            case 2 -> company.replace("ABC", "ＡＢＣ").replace('（', '(').replace('）', ')');
            default -> " " + company + " ";
        };
    }
}
