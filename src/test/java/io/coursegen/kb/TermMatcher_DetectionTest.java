package io.coursegen.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words count as a mention of a glossary term: boundaries, case, plurals, spacing, overlaps. */
class TermMatcher_DetectionTest {
    private static final TermMatcher MATCHER = new TermMatcher(List.of(
            new TermMatcher.Name("LoRA", "lora"),
            new TermMatcher.Name("low-rank adaptation", "lora"),
            new TermMatcher.Name("RAG", "rag"),
            new TermMatcher.Name("Token", "token"),
            new TermMatcher.Name("fine-tuning", "fine-tuning"),
            new TermMatcher.Name("full fine-tuning", "full-fine-tuning"),
            new TermMatcher.Name("context window", "context-window"),
            new TermMatcher.Name("embedding", "embedding"),
            new TermMatcher.Name("F1 score", "f1"),
            new TermMatcher.Name("bias", "bias")));

    /** The matches in {@code text}, written as {@code slug=matched text} joined by {@code |}. */
    private static String found(String text) {
        return MATCHER.find(text).stream().map(m -> m.slug() + "=" + text.substring(m.start(), m.end()))
                .collect(Collectors.joining("|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // word boundaries
            "a token here; token=token",
            "tokenizer; ''",
            "subtoken; ''",
            "token-level detail; ''",
            "pre-token; ''",
            "token_id; ''",
            "the token's cost; token=token",
            "(token); token=token",
            "token.; token=token",
            // case: lower-case names match any case; names with inner capitals only as written
            "Token and TOKEN; token=Token|token=TOKEN",
            "use RAG; rag=RAG",
            "a rag doll; ''",
            "Rag; ''",
            "LoRA and LORA and lora; lora=LoRA",
            "Low-Rank Adaptation; lora=Low-Rank Adaptation",
            // plurals: -s and -es
            "two embeddings; embedding=embeddings",
            "LoRAs; lora=LoRAs",
            "biases; bias=biases",
            "tokensx; ''",
            // longest name wins; no overlaps
            "full fine-tuning costs; full-fine-tuning=full fine-tuning",
            "fine-tuning and full fine-tuning; fine-tuning=fine-tuning|full-fine-tuning=full fine-tuning",
            // white space in names matches any run of white space, including a line break
            "contextwindow; ''",
            // digits
            "the F1 score; f1=F1 score",
            "F10 score; ''",
            // every mention is found; first-mention-only is the linker's job
            "RAG then RAG; rag=RAG|rag=RAG",
            "; ''"
    })
    void finds(String text, String expected) {
        assertEquals(expected == null ? "" : expected, found(text == null ? "" : text));
    }

    @org.junit.jupiter.api.Test
    void spaceInANameMatchesALineBreak() {
        assertEquals("context-window=context\n  window", found("the context\n  window"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LoRA,true", "RAG,true", "JSONL,true", "Token,false", "fine-tuning,false", "F1 score,false", "A,false"})
    void exactCaseForNamesWithInnerCapitals(String name, boolean exact) {
        assertEquals(exact, TermMatcher.exactCase(name));
    }
}
