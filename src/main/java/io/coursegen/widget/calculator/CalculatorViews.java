package io.coursegen.widget.calculator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.cost.BreakEven;
import io.coursegen.cost.CostModel;
import io.coursegen.cost.CostResult;
import io.coursegen.cost.Money;
import io.coursegen.model.Course;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.CostPreset;
import io.coursegen.quiz.QuizClientJson;
import io.coursegen.widget.calculator.CalculatorView.Field;
import io.coursegen.widget.calculator.CalculatorView.FieldGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Builds the cost calculator's view: its fields (the same for every preset; the widget fills them from
 * a preset) and, for each preset, the results of {@link CostModel} formatted as the page shows them
 * without JavaScript.
 */
public final class CalculatorViews {

    /** The widget's fields, in fieldsets; {@code training-cost} is the training cost given directly. */
    public static final List<FieldGroup> GROUPS = List.of(
            new FieldGroup("Traffic", List.of(
                    new Field("requests-per-day", "requestsPerDay", "Requests per day", "requests/day", "0", "1000000000", "100"),
                    new Field("input-tokens", "inputTokens", "Input per request, without the prompt", "tokens", "0", "10000000", "10"),
                    new Field("output-tokens", "outputTokens", "Output per request", "tokens", "0", "10000000", "10"))),
            new FieldGroup("Prompted model", List.of(
                    new Field("prompted-prompt-tokens", "prompted.promptTokens", "Prompt (instructions and examples)", "tokens/request", "0", "10000000", "10"),
                    new Field("prompted-input-price", "prompted.inputPricePerMillion", "Input price", "USD per 1M tokens", "0", "10000", "0.01"),
                    new Field("prompted-output-price", "prompted.outputPricePerMillion", "Output price", "USD per 1M tokens", "0", "10000", "0.01"),
                    new Field("prompted-monthly-fixed", "prompted.monthlyFixed", "Fixed cost", "USD/month", "0", "1000000000", "10"))),
            new FieldGroup("Fine-tuned model", List.of(
                    new Field("fine-tuned-prompt-tokens", "fineTuned.promptTokens", "Prompt (short)", "tokens/request", "0", "10000000", "10"),
                    new Field("fine-tuned-input-price", "fineTuned.inputPricePerMillion", "Input price", "USD per 1M tokens", "0", "10000", "0.01"),
                    new Field("fine-tuned-output-price", "fineTuned.outputPricePerMillion", "Output price", "USD per 1M tokens", "0", "10000", "0.01"),
                    new Field("fine-tuned-monthly-fixed", "fineTuned.monthlyFixed", "Fixed cost (hosting, upkeep)", "USD/month", "0", "1000000000", "10"),
                    new Field("training-cost", "training.cost", "Training, paid once upfront", "USD", "0", "1000000000", "10"),
                    new Field("retrain-every-months", "retrainEveryMonths", "Retrain every (0 = never)", "months", "0", "120", "1"),
                    new Field("retrain-cost", "retrainCost", "Cost of each retraining", "USD", "0", "1000000000", "10"))),
            new FieldGroup("Time frame", List.of(
                    new Field("horizon-months", "horizonMonths", "Compare over", "months", "1", "120", "1"),
                    new Field("days-per-month", "daysPerMonth", "Days in a month", "days", "1", "31", "1"))));

    private CalculatorViews() {}

    /** The calculator opened on {@code initialPreset}, on the page {@code page}. */
    static CalculatorView of(Course course, String initialPreset, io.coursegen.widget.WidgetSite site, String page) {
        Locale locale = Locale.forLanguageTag(course.language());
        List<CalculatorView.PresetView> presets = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode list = data.putArray("presets");
        for (CostPreset p : course.items(CalculatorWidget.ITEMS)) {
            CostResult r = CostModel.compute(p.inputs());
            presets.add(new CalculatorView.PresetView(p.id(), p.title(), p.pricesAsOf(), site.markdown(p.markdown(), page).block(p.description()),
                    inputRows(p.inputs(), r, locale), runningRows(r, locale), summaryRows(p.inputs(), r, locale),
                    p.id().equals(initialPreset)));
            ObjectNode preset = list.addObject();
            preset.put("id", p.id());
            ObjectNode values = preset.putObject("values");
            CostInputs in = p.inputs();
            values.put("requests-per-day", in.requestsPerDay());
            values.put("input-tokens", in.inputTokens());
            values.put("output-tokens", in.outputTokens());
            values.put("prompted-prompt-tokens", in.prompted().promptTokens());
            values.put("prompted-input-price", in.prompted().inputPricePerMillion());
            values.put("prompted-output-price", in.prompted().outputPricePerMillion());
            values.put("prompted-monthly-fixed", in.prompted().monthlyFixed());
            values.put("fine-tuned-prompt-tokens", in.fineTuned().promptTokens());
            values.put("fine-tuned-input-price", in.fineTuned().inputPricePerMillion());
            values.put("fine-tuned-output-price", in.fineTuned().outputPricePerMillion());
            values.put("fine-tuned-monthly-fixed", in.fineTuned().monthlyFixed());
            // The widget takes the training cost as a sum: the model's own figure, the very same double.
            values.put("training-cost", r.trainingCost());
            values.put("retrain-every-months", in.retrainEveryMonths());
            values.put("retrain-cost", in.retrainCost());
            values.put("horizon-months", in.horizonMonths());
            values.put("days-per-month", in.daysPerMonth());
        }
        return new CalculatorView(initialPreset, GROUPS, presets, QuizClientJson.toEmbeddedJson(data));
    }

    private static List<CalculatorView.Row> inputRows(CostInputs in, CostResult r, Locale locale) {
        return List.of(
                new CalculatorView.Row("Traffic", number(in.requestsPerDay(), locale) + " requests a day, "
                        + number(in.inputTokens(), locale) + " tokens in and " + number(in.outputTokens(), locale) + " out each"),
                new CalculatorView.Row("Prompted model", number(in.prompted().promptTokens(), locale) + "-token prompt, "
                        + price(in.prompted().inputPricePerMillion(), locale) + " in / " + price(in.prompted().outputPricePerMillion(), locale)
                        + " out per 1M tokens, " + money(in.prompted().monthlyFixed(), locale) + " a month fixed"),
                new CalculatorView.Row("Fine-tuned model", number(in.fineTuned().promptTokens(), locale) + "-token prompt, "
                        + price(in.fineTuned().inputPricePerMillion(), locale) + " in / " + price(in.fineTuned().outputPricePerMillion(), locale)
                        + " out per 1M tokens, " + money(in.fineTuned().monthlyFixed(), locale) + " a month fixed"),
                new CalculatorView.Row("Training", money(r.trainingCost(), locale) + (in.retrainEveryMonths() == 0 ? ", never retrained"
                        : ", retrained every " + number(in.retrainEveryMonths(), locale) + " months for " + money(in.retrainCost(), locale))),
                new CalculatorView.Row("Time frame", number(in.horizonMonths(), locale) + " months of " + number(in.daysPerMonth(), locale) + " days"));
    }

    private static List<CalculatorView.CostRow> runningRows(CostResult r, Locale locale) {
        return List.of(
                new CalculatorView.CostRow("Per request", micros(r.prompted().perRequest(), locale), micros(r.fineTuned().perRequest(), locale)),
                new CalculatorView.CostRow("Per day", money(r.prompted().perDay(), locale), money(r.fineTuned().perDay(), locale)),
                new CalculatorView.CostRow("Per month", money(r.prompted().perMonth(), locale), money(r.fineTuned().perMonth(), locale)));
    }

    private static List<CalculatorView.Row> summaryRows(CostInputs in, CostResult r, Locale locale) {
        return List.of(
                new CalculatorView.Row("Training cost", money(r.trainingCost(), locale)),
                new CalculatorView.Row("Monthly saving", money(r.monthlySaving(), locale)),
                new CalculatorView.Row("Break-even", breakEven(r.breakEven(), (int) in.horizonMonths())),
                new CalculatorView.Row("Break-even volume", breakEvenVolume(r.breakEvenRequestsPerDay(), locale)));
    }

    /**
     * The break-even volume in words, as the widget writes it too (calculator.js#volumeText): none when
     * a fine-tuned request does not cost less; "any volume" for 0, which {@link CostModel} gives when
     * fine-tuning costs no more a month even at no traffic (no one-off or extra fixed cost to recover),
     * so that no volume is needed; otherwise the volume rounded up, the first whole number of requests
     * a day at which fine-tuning costs no more.
     */
    public static String breakEvenVolume(OptionalDouble requestsPerDay, Locale locale) {
        if (requestsPerDay.isEmpty()) return "none: a fine-tuned request does not cost less";
        double v = requestsPerDay.getAsDouble();
        if (v == 0) return "any volume: fine-tuning costs no more a month, however few the requests";
        return wholeUp(v, locale) + " requests a day";
    }

    /** The words the widget uses too (calculator.js#breakEvenText). */
    public static String breakEven(BreakEven b, int horizon) {
        return switch (b.status()) {
            case WITHIN_HORIZON -> "month " + b.month().getAsInt();
            case AFTER_HORIZON -> "month " + b.month().getAsInt() + ", after the " + horizon + "-month horizon";
            case NEVER -> "never (not within " + CostModel.MAX_BREAK_EVEN_MONTHS / 12 + " years)";
        };
    }

    /** USD to the cent, as Intl.NumberFormat(lang, {style: "currency", currency: "USD"}) writes it. */
    public static String money(double usd, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("USD"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(BigDecimal.valueOf(Money.roundCents(usd)).movePointLeft(2));
    }

    /** USD to the millionth, 2 to 6 decimals: per-request costs are fractions of a cent. */
    public static String micros(double usd, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("USD"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(6);
        return f.format(BigDecimal.valueOf(Money.roundMicros(usd)).movePointLeft(6));
    }

    private static String price(double usdPerMillion, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("USD"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(4);
        return f.format(BigDecimal.valueOf(usdPerMillion));
    }

    static String number(double d, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(4);
        return f.format(BigDecimal.valueOf(d));
    }

    /** A break-even volume, rounded up: at that many requests a day fine-tuning costs no more. */
    public static String wholeUp(double d, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(BigDecimal.valueOf(d).setScale(0, RoundingMode.CEILING));
    }
}
