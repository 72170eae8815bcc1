package org.craftrank.model.definition;

import java.util.List;

/**
 * One section of a candidate's dossier (申报材料) as a model declares it: either a text the unit writes (with its
 * character limit) or a set of files (with the types, count and size allowed).
 *
 * @param code          upper-case code, unique within the model's dossier, used in API paths
 * @param name          the notice's name for it, e.g. 个人履历, 推荐证明材料
 * @param kind          TEXT or FILES
 * @param maxChars      TEXT only: the notice's limit (e.g. 300字以内)
 * @param types         FILES only: the file types accepted
 * @param maxFiles      FILES only: how many files at most
 * @param maxFileMb     FILES only: the largest file, in MiB
 * @param required      whether a complete dossier must have it
 * @param subIndicators the scored items whose evidence this is; shown beside those items on the score sheet
 * @param basis         the words of the notice this section comes from, quoted verbatim
 */
public record DossierSection(String code, String name, Kind kind, Integer maxChars, List<DossierFileType> types,
                             Integer maxFiles, Integer maxFileMb, boolean required, List<String> subIndicators,
                             String basis) {

    public enum Kind { TEXT, FILES }

    public DossierSection {
        types = types == null ? List.of() : List.copyOf(types);
        subIndicators = subIndicators == null ? List.of() : List.copyOf(subIndicators);
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public long maxFileBytes() {
        return maxFileMb == null ? 0 : maxFileMb * 1024L * 1024L;
    }
}
