package io.coursegen.widget.calculator;

import java.util.List;

/**
 * The cost calculator as a lesson shows it: the form the widget enhances, and for readers without
 * JavaScript a results table per preset computed at build time by {@code io.coursegen.cost.CostModel}.
 * {@code *Html} fields are sanitized HTML rendered from markdown; the rest is plain text.
 *
 * @param initialPreset the preset the lesson embeds, selected when the page opens
 * @param groups        the input fields in their fieldsets
 * @param presets       every preset, in file order
 * @param dataJson      {@code {"presets": [{"id", "values": {field name: number}}]}} for the widget,
 *                      with {@code <} escaped so it cannot end its script block
 */
public record CalculatorView(String initialPreset, List<FieldGroup> groups, List<PresetView> presets, String dataJson,
        io.coursegen.i18n.Messages msg) {

    /** A fieldset of inputs. */
    public record FieldGroup(String legend, List<Field> fields) {}

    /**
     * One number input.
     *
     * @param name  the field's name in the page's URL and its id suffix, such as {@code requests-per-day}
     * @param field the path of the value in the model's JSON inputs, such as {@code prompted.promptTokens}
     * @param unit  the unit shown after the input
     */
    public record Field(String name, String field, String label, String unit, String min, String max, String step) {
        public String domId() {
            return "calc-" + name;
        }
    }

    /** A preset with its results as Java computes them, formatted for the course's language. */
    public record PresetView(String id, String title, String pricesAsOf, String descriptionHtml,
            List<Row> inputs, List<CostRow> running, List<Row> summary, boolean initial) {}

    /** A label and a formatted value. */
    public record Row(String label, String value) {}

    /** A running cost for both options. */
    public record CostRow(String label, String prompted, String fineTuned) {}
}
