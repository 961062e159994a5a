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

    /** The widget's fields in English (see {@link #groups}). */
    public static final List<FieldGroup> GROUPS = groups(io.coursegen.i18n.Messages.english());

    /** The widget's fields, in fieldsets, labelled in {@code m}'s language; {@code training-cost} is the training cost given directly. */
    public static List<FieldGroup> groups(io.coursegen.i18n.Messages m) {
        return List.of(
            new FieldGroup(m.t("calc.group.traffic"), List.of(
                    new Field("requests-per-day", "requestsPerDay", m.t("calc.field.requests-per-day"), m.t("calc.unit.requests-per-day"), "0", "1000000000", "100"),
                    new Field("input-tokens", "inputTokens", m.t("calc.field.input-tokens"), m.t("calc.unit.input-tokens"), "0", "10000000", "10"),
                    new Field("output-tokens", "outputTokens", m.t("calc.field.output-tokens"), m.t("calc.unit.output-tokens"), "0", "10000000", "10"))),
            new FieldGroup(m.t("calc.group.prompted"), List.of(
                    new Field("prompted-prompt-tokens", "prompted.promptTokens", m.t("calc.field.prompted-prompt-tokens"), m.t("calc.unit.prompted-prompt-tokens"), "0", "10000000", "10"),
                    new Field("prompted-input-price", "prompted.inputPricePerMillion", m.t("calc.field.prompted-input-price"), m.t("calc.unit.prompted-input-price"), "0", "10000", "0.01"),
                    new Field("prompted-output-price", "prompted.outputPricePerMillion", m.t("calc.field.prompted-output-price"), m.t("calc.unit.prompted-output-price"), "0", "10000", "0.01"),
                    new Field("prompted-monthly-fixed", "prompted.monthlyFixed", m.t("calc.field.prompted-monthly-fixed"), m.t("calc.unit.prompted-monthly-fixed"), "0", "1000000000", "10"))),
            new FieldGroup(m.t("calc.group.fine-tuned"), List.of(
                    new Field("fine-tuned-prompt-tokens", "fineTuned.promptTokens", m.t("calc.field.fine-tuned-prompt-tokens"), m.t("calc.unit.fine-tuned-prompt-tokens"), "0", "10000000", "10"),
                    new Field("fine-tuned-input-price", "fineTuned.inputPricePerMillion", m.t("calc.field.fine-tuned-input-price"), m.t("calc.unit.fine-tuned-input-price"), "0", "10000", "0.01"),
                    new Field("fine-tuned-output-price", "fineTuned.outputPricePerMillion", m.t("calc.field.fine-tuned-output-price"), m.t("calc.unit.fine-tuned-output-price"), "0", "10000", "0.01"),
                    new Field("fine-tuned-monthly-fixed", "fineTuned.monthlyFixed", m.t("calc.field.fine-tuned-monthly-fixed"), m.t("calc.unit.fine-tuned-monthly-fixed"), "0", "1000000000", "10"),
                    new Field("training-cost", "training.cost", m.t("calc.field.training-cost"), m.t("calc.unit.training-cost"), "0", "1000000000", "10"),
                    new Field("retrain-every-months", "retrainEveryMonths", m.t("calc.field.retrain-every-months"), m.t("calc.unit.retrain-every-months"), "0", "120", "1"),
                    new Field("retrain-cost", "retrainCost", m.t("calc.field.retrain-cost"), m.t("calc.unit.retrain-cost"), "0", "1000000000", "10"))),
            new FieldGroup(m.t("calc.group.time"), List.of(
                    new Field("horizon-months", "horizonMonths", m.t("calc.field.horizon-months"), m.t("calc.unit.horizon-months"), "1", "120", "1"),
                    new Field("days-per-month", "daysPerMonth", m.t("calc.field.days-per-month"), m.t("calc.unit.days-per-month"), "1", "31", "1"))));
    }

    private CalculatorViews() {}

    /** The calculator opened on {@code initialPreset}, on the page {@code page}. */
    static CalculatorView of(Course course, String initialPreset, io.coursegen.widget.WidgetSite site, String page) {
        io.coursegen.i18n.Messages m = course.messages();
        Locale locale = Locale.forLanguageTag(m.formatLocale());
        List<CalculatorView.PresetView> presets = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode list = data.putArray("presets");
        for (CostPreset p : course.items(CalculatorWidget.ITEMS)) {
            CostResult r = CostModel.compute(p.inputs());
            presets.add(new CalculatorView.PresetView(p.id(), p.title(), p.pricesAsOf(), site.markdown(p.markdown(), page).block(p.description()),
                    inputRows(p.inputs(), r, locale, m), runningRows(r, locale, m), summaryRows(p.inputs(), r, locale, m),
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
        return new CalculatorView(initialPreset, groups(m), presets, QuizClientJson.toEmbeddedJson(data), m);
    }

    private static List<CalculatorView.Row> inputRows(CostInputs in, CostResult r, Locale locale, io.coursegen.i18n.Messages m) {
        return List.of(
                new CalculatorView.Row(m.t("calc.group.traffic"), m.t("calc.static.traffic", "requests", number(in.requestsPerDay(), locale),
                        "input", number(in.inputTokens(), locale), "output", number(in.outputTokens(), locale))),
                new CalculatorView.Row(m.t("calc.group.prompted"), m.t("calc.static.model", "prompt", number(in.prompted().promptTokens(), locale),
                        "input", price(in.prompted().inputPricePerMillion(), locale), "output", price(in.prompted().outputPricePerMillion(), locale),
                        "fixed", money(in.prompted().monthlyFixed(), locale))),
                new CalculatorView.Row(m.t("calc.group.fine-tuned"), m.t("calc.static.model", "prompt", number(in.fineTuned().promptTokens(), locale),
                        "input", price(in.fineTuned().inputPricePerMillion(), locale), "output", price(in.fineTuned().outputPricePerMillion(), locale),
                        "fixed", money(in.fineTuned().monthlyFixed(), locale))),
                new CalculatorView.Row(m.t("calc.static.training-label"), in.retrainEveryMonths() == 0
                        ? m.t("calc.static.training-never", "cost", money(r.trainingCost(), locale))
                        : m.t("calc.static.training-every", "cost", money(r.trainingCost(), locale), "months", in.retrainEveryMonths(),
                                "retrain", money(in.retrainCost(), locale))),
                new CalculatorView.Row(m.t("calc.group.time"), m.t("calc.static.time", "months", in.horizonMonths(), "days", in.daysPerMonth())));
    }

    private static List<CalculatorView.CostRow> runningRows(CostResult r, Locale locale, io.coursegen.i18n.Messages m) {
        return List.of(
                new CalculatorView.CostRow(m.t("calc.per-request"), micros(r.prompted().perRequest(), locale), micros(r.fineTuned().perRequest(), locale)),
                new CalculatorView.CostRow(m.t("calc.per-day"), money(r.prompted().perDay(), locale), money(r.fineTuned().perDay(), locale)),
                new CalculatorView.CostRow(m.t("calc.per-month"), money(r.prompted().perMonth(), locale), money(r.fineTuned().perMonth(), locale)));
    }

    private static List<CalculatorView.Row> summaryRows(CostInputs in, CostResult r, Locale locale, io.coursegen.i18n.Messages m) {
        return List.of(
                new CalculatorView.Row(m.t("calc.training-cost"), money(r.trainingCost(), locale)),
                new CalculatorView.Row(m.t("calc.monthly-saving"), money(r.monthlySaving(), locale)),
                new CalculatorView.Row(m.t("calc.break-even"), breakEven(r.breakEven(), (int) in.horizonMonths(), m)),
                new CalculatorView.Row(m.t("calc.break-even-volume"), breakEvenVolume(r.breakEvenRequestsPerDay(), locale, m)));
    }

    /**
     * The break-even volume in words, as the widget writes it too (calculator.js#volumeText): none when
     * a fine-tuned request does not cost less; "any volume" for 0, which {@link CostModel} gives when
     * fine-tuning costs no more a month even at no traffic (no one-off or extra fixed cost to recover),
     * so that no volume is needed; otherwise the volume rounded up, the first whole number of requests
     * a day at which fine-tuning costs no more.
     */
    public static String breakEvenVolume(OptionalDouble requestsPerDay, Locale locale) {
        return breakEvenVolume(requestsPerDay, locale, io.coursegen.i18n.Messages.english());
    }

    /** {@link #breakEvenVolume(OptionalDouble, Locale)} in the words of {@code m}. */
    public static String breakEvenVolume(OptionalDouble requestsPerDay, Locale locale, io.coursegen.i18n.Messages m) {
        if (requestsPerDay.isEmpty()) return m.t("calc.volume-none");
        double v = requestsPerDay.getAsDouble();
        if (v == 0) return m.t("calc.volume-any");
        return m.t("calc.volume", "requests", wholeUp(v, locale));
    }

    /** The words the widget uses too (calculator.js#breakEvenText). */
    public static String breakEven(BreakEven b, int horizon) {
        return breakEven(b, horizon, io.coursegen.i18n.Messages.english());
    }

    /** {@link #breakEven(BreakEven, int)} in the words of {@code m}. */
    public static String breakEven(BreakEven b, int horizon, io.coursegen.i18n.Messages m) {
        return switch (b.status()) {
            case WITHIN_HORIZON -> m.t("calc.break-even-month", "month", b.month().getAsInt());
            case AFTER_HORIZON -> m.t("calc.break-even-after", "month", b.month().getAsInt(), "horizon", horizon);
            case NEVER -> m.t("calc.break-even-never", "years", CostModel.MAX_BREAK_EVEN_MONTHS / 12);
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
