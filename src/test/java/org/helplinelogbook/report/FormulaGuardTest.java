package org.helplinelogbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2",
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "+cmd|'+cmd",
        "-2+3+cmd!A0|'-2+3+cmd!A0",
        "@SUM(A1)|'@SUM(A1)",
        "Phone|Phone",
        "a=b|a=b",
        "-12|-12",
        "+25%|+25%",
        "-4.5%|-4.5%",
        "*|*",
        "0|0",
    })
    void prefixesRiskyText(String in, String out) {
        assertThat(FormulaGuard.text(in)).isEqualTo(out);
    }

    @org.junit.jupiter.api.Test
    void tabCarriageReturnAndEmpty() {
        assertThat(FormulaGuard.text("\tx")).isEqualTo("'\tx");
        assertThat(FormulaGuard.text("\r=1")).isEqualTo("'\r=1");
        assertThat(FormulaGuard.text("")).isEmpty();
        assertThat(FormulaGuard.text(null)).isEmpty();
    }
}
