package io.coursegen.widget.calculator;

import io.coursegen.load.SourceText;
import io.coursegen.load.YamlMap;
import io.coursegen.load.YamlParser;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.CostPreset;
import io.coursegen.model.cost.InputProblem;
import io.coursegen.model.cost.OptionInputs;
import io.coursegen.model.cost.Training;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code content/widgets/cost-presets.yaml}: a list of cost calculator presets. Keys are the
 * calculator's inputs in kebab case ({@code requests-per-day} for {@link CostInputs#requestsPerDay()});
 * values are checked with {@link CostInputs#validate()}, the model's own ranges, and each problem is
 * reported at the key that holds the value. A preset with any error is left out, and its id is
 * returned as failed, so lessons and exercises that link to it are not also told it is unknown.
 */
public final class CostPresetParser {
    /** Where the presets live, relative to the project. */
    public static final String PATH = "content/widgets/cost-presets.yaml";

    public static final List<String> PRESET_KEYS = List.of("id", "title", "prices-as-of", "description",
            "requests-per-day", "input-tokens", "output-tokens", "prompted", "fine-tuned", "training",
            "retrain-every-months", "retrain-cost", "horizon-months", "days-per-month");
    public static final List<String> OPTION_KEYS = List.of("prompt-tokens", "input-price-per-million",
            "output-price-per-million", "monthly-fixed");
    public static final List<String> TRAINING_KEYS = List.of("cost", "tokens", "epochs", "price-per-million");
    /** Horizon when a preset gives none (months). */
    static final double DEFAULT_HORIZON_MONTHS = 12;

    private final String path;
    private final Diagnostics diagnostics;

    private CostPresetParser(String path, Diagnostics diagnostics) {
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /**
     * What the presets file gave.
     *
     * @param loaded     the presets without errors, in file order
     * @param failedIds  the ids of presets left out for their errors (a preset whose id could not be
     *                   read is not among them: nothing can refer to it by that id)
     * @param unreadable whether the file was not a readable list at all, so which ids it holds is unknown
     */
    public record Presets(List<CostPreset> loaded, Set<String> failedIds, boolean unreadable) {}

    /** Reads and parses {@code file}, shown to authors as {@code path}. */
    public static Presets read(Path file, String path, Diagnostics diagnostics) {
        return SourceText.read(file, path, diagnostics).map(text -> new CostPresetParser(path, diagnostics).parse(text))
                .orElse(new Presets(List.of(), Set.of(), true));
    }

    /** Reads and parses {@code file}; only the presets that loaded. */
    public static List<CostPreset> fromFile(Path file, String path, Diagnostics diagnostics) {
        return read(file, path, diagnostics).loaded();
    }

    /** Parses the presets file; problems go to {@code diagnostics}; presets with errors are left out. */
    public static List<CostPreset> parse(String path, String text, Diagnostics diagnostics) {
        return new CostPresetParser(path, diagnostics).parse(text).loaded();
    }

    private Presets parse(String text) {
        Diagnostics yamlErrors = new Diagnostics();
        Optional<Node> root = YamlParser.parse(path, text, 0, yamlErrors);
        diagnostics.addAll(yamlErrors);
        if (yamlErrors.hasErrors()) return new Presets(List.of(), Set.of(), true);
        if (root.isEmpty()) return new Presets(List.of(), Set.of(), false);
        if (!(root.get() instanceof SequenceNode seq)) {
            diagnostics.error(new SourceRef(path, root.get().getStartMark().getLine() + 1, root.get().getStartMark().getColumn() + 1),
                    "expected the cost presets as a list (one `- id: ...` entry a preset), found " + YamlMap.kind(root.get()));
            return new Presets(List.of(), Set.of(), true);
        }
        List<CostPreset> out = new ArrayList<>();
        Set<String> failed = new TreeSet<>();
        Map<String, SourceRef> ids = new HashMap<>();
        for (Node item : seq.getValue()) {
            Diagnostics own = new Diagnostics();
            Optional<CostPreset> preset = preset(item, text, own, ids);
            diagnostics.addAll(own);
            if (!own.hasErrors() && preset.isPresent()) {
                out.add(preset.get());
            } else {
                idOf(item).ifPresent(failed::add);
            }
        }
        return new Presets(List.copyOf(out), Set.copyOf(failed), false);
    }

    /** The id a preset entry gives, read as plainly as possible (the entry may be broken anywhere else). */
    private static Optional<String> idOf(Node item) {
        if (!(item instanceof MappingNode m)) return Optional.empty();
        return m.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode)
                .map(t -> ((ScalarNode) t.getValueNode()).getValue().strip())
                .filter(v -> !v.isEmpty())
                .findFirst();
    }

    private Optional<CostPreset> preset(Node node, String text, Diagnostics d, Map<String, SourceRef> ids) {
        Optional<YamlMap> map = YamlMap.of(path, 0, node, text, PRESET_KEYS, "a cost preset", d);
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        Optional<String> id = m.text("id", true);
        id.ifPresent(i -> {
            if (!i.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                d.error(m.refOf("id"), "preset id `" + i + "` may hold only letters, digits, `-` and `_`, and must start with a letter or digit");
            } else {
                SourceRef first = ids.putIfAbsent(i, m.refOf("id"));
                if (first != null) d.error(m.refOf("id"), "preset id `" + i + "` is also used on line " + first.line() + "; preset ids must be unique");
            }
        });
        Optional<String> title = m.text("title", true);
        Optional<String> asOf = m.text("prices-as-of", true);
        asOf.ifPresent(date -> {
            boolean ok = date.matches("\\d{4}-\\d{2}-\\d{2}");
            if (ok) {
                try {
                    LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    ok = false;
                }
            }
            if (!ok) d.error(m.refOf("prices-as-of"), "`prices-as-of` should be a date written YYYY-MM-DD, such as 2024-07-24, found `" + date + "`");
        });
        Optional<String> description = m.markdown("description", true);

        Map<String, SourceRef> refs = new HashMap<>();
        double requests = num(m, "requests-per-day", true, Double.NaN, "requestsPerDay", refs);
        double input = num(m, "input-tokens", true, Double.NaN, "inputTokens", refs);
        double output = num(m, "output-tokens", false, 0, "outputTokens", refs);
        Optional<OptionInputs> prompted = option(m, "prompted", "prompted", refs);
        Optional<OptionInputs> fineTuned = option(m, "fine-tuned", "fineTuned", refs);
        Optional<Training> training = training(m, refs, d);
        double retrainEvery = num(m, "retrain-every-months", false, 0, "retrainEveryMonths", refs);
        double retrainCost = num(m, "retrain-cost", false, 0, "retrainCost", refs);
        double horizon = num(m, "horizon-months", false, DEFAULT_HORIZON_MONTHS, "horizonMonths", refs);
        double days = num(m, "days-per-month", false, CostInputs.DEFAULT_DAYS_PER_MONTH, "daysPerMonth", refs);
        if (d.hasErrors() || id.isEmpty() || title.isEmpty() || asOf.isEmpty() || description.isEmpty()
                || prompted.isEmpty() || fineTuned.isEmpty() || training.isEmpty()) {
            return Optional.empty();
        }
        CostInputs inputs = new CostInputs(requests, input, output, prompted.get(), fineTuned.get(), training.get(),
                retrainEvery, retrainCost, horizon, days);
        for (InputProblem p : inputs.validate()) {
            String field = p.field();
            String key = kebab(field.substring(field.lastIndexOf('.') + 1));
            d.error(refs.getOrDefault(field, m.ref()), "`" + key + "` " + p.message() + ", found " + plain(valueOf(inputs, field)));
        }
        if (d.hasErrors()) return Optional.empty();
        return Optional.of(new CostPreset(id.get(), title.get(), asOf.get(), description.get(), inputs, m.ref(), m.snippets()));
    }

    /** A number under {@code key}; NaN when missing (required) or not a number, both already reported. */
    private static double num(YamlMap m, String key, boolean required, double fallback, String field, Map<String, SourceRef> refs) {
        refs.put(field, m.refOf(key));
        if (!m.has(key) && !required) return fallback;
        return m.number(key, required).orElse(Double.NaN);
    }

    private Optional<OptionInputs> option(YamlMap m, String key, String field, Map<String, SourceRef> refs) {
        Optional<YamlMap> o = m.map(key, OPTION_KEYS, true);
        if (o.isEmpty()) return Optional.empty();
        YamlMap x = o.get();
        return Optional.of(new OptionInputs(
                num(x, "prompt-tokens", true, Double.NaN, field + ".promptTokens", refs),
                num(x, "input-price-per-million", true, Double.NaN, field + ".inputPricePerMillion", refs),
                num(x, "output-price-per-million", false, 0, field + ".outputPricePerMillion", refs),
                num(x, "monthly-fixed", false, 0, field + ".monthlyFixed", refs)));
    }

    private Optional<Training> training(YamlMap m, Map<String, SourceRef> refs, Diagnostics d) {
        if (!m.has("training")) return Optional.of(new Training.Direct(0));
        Optional<YamlMap> t = m.map("training", TRAINING_KEYS, false);
        if (t.isEmpty()) return Optional.empty();
        YamlMap x = t.get();
        boolean perToken = x.has("tokens") || x.has("epochs") || x.has("price-per-million");
        if (x.has("cost") && perToken) {
            d.error(x.ref(), "give `training` either as `cost` (USD) or as `tokens`, `epochs` and `price-per-million`, not both");
            return Optional.empty();
        }
        if (!perToken) return Optional.of(new Training.Direct(num(x, "cost", true, Double.NaN, "training.cost", refs)));
        return Optional.of(new Training.PerToken(
                num(x, "tokens", true, Double.NaN, "training.tokens", refs),
                num(x, "epochs", true, Double.NaN, "training.epochs", refs),
                num(x, "price-per-million", true, Double.NaN, "training.pricePerMillion", refs)));
    }

    /** {@code inputPricePerMillion} as {@code input-price-per-million}. */
    static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static double valueOf(CostInputs in, String field) {
        return switch (field) {
            case "requestsPerDay" -> in.requestsPerDay();
            case "inputTokens" -> in.inputTokens();
            case "outputTokens" -> in.outputTokens();
            case "retrainEveryMonths" -> in.retrainEveryMonths();
            case "retrainCost" -> in.retrainCost();
            case "horizonMonths" -> in.horizonMonths();
            case "daysPerMonth" -> in.daysPerMonth();
            case "training.cost" -> ((Training.Direct) in.training()).cost();
            case "training.tokens" -> ((Training.PerToken) in.training()).tokens();
            case "training.epochs" -> ((Training.PerToken) in.training()).epochs();
            case "training.pricePerMillion" -> ((Training.PerToken) in.training()).pricePerMillion();
            default -> {
                OptionInputs o = field.startsWith("prompted.") ? in.prompted() : in.fineTuned();
                yield switch (field.substring(field.indexOf('.') + 1)) {
                    case "promptTokens" -> o.promptTokens();
                    case "inputPricePerMillion" -> o.inputPricePerMillion();
                    case "outputPricePerMillion" -> o.outputPricePerMillion();
                    default -> o.monthlyFixed();
                };
            }
        };
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
