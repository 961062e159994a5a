package io.coursegen.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDirection_LanguagesTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "ar, RTL", "ar-EG, RTL", "he, RTL", "he-IL, RTL", "fa, RTL", "ur, RTL", "yi, RTL", "AR, RTL", "ar_SA, RTL",
        "en, LTR", "en-GB, LTR", "de, LTR", "ja, LTR", "zh-Hans, LTR", "pt-BR, LTR", "arn, LTR",
        // A script subtag decides.
        "az-Arab, RTL", "pa-Arab-PK, RTL", "ku-Latn, LTR", "ur-Latn, LTR", "sr-Cyrl, LTR"
    })
    void direction(String tag, TextDirection expected) {
        assertEquals(expected, TextDirection.of(tag));
    }

    @ParameterizedTest
    @CsvSource({"ar, rtl", "fa-IR, rtl"})
    void rtlIsWrittenOnHtml(String tag, String attribute) {
        assertEquals(attribute, TextDirection.of(tag).attribute());
    }

    @ParameterizedTest
    @CsvSource({"en", "fr", "ku-Latn"})
    void ltrIsLeftUnwritten(String tag) {
        assertNull(TextDirection.of(tag).attribute());
    }
}
