package org.craftrank.export;

/** The language of an exported table's headings and labels: Chinese unless English is asked for. */
public enum ExportLanguage {
    ZH, EN
}
