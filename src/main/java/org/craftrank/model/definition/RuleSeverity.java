package org.craftrank.model.definition;

/** How much a broken eligibility rule weighs: a failure excludes the candidate, a warning asks for a look. */
public enum RuleSeverity {
    /** The notice excludes the candidate (e.g. "不再纳入推荐范围"). */
    FAIL,
    /** The notice only advises against (e.g. "原则上不推荐", "一般不超过"). */
    WARN
}
