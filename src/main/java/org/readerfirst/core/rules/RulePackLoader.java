package org.readerfirst.core.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.Language;

/**
 * Reads rule packs: the built-in ones shipped under {@code assets/rules/} and a writer's own from a
 * folder. A pack with a mistake is skipped whole and reported with its file, line and what is wrong;
 * the other packs load as usual.
 */
public final class RulePackLoader {

    static final String BUILT_IN = "/assets/rules/";
    private static final String INDEX = "packs.txt";
    private static final String LIMITS = "limits.yaml";
    private static final String CATEGORIES = "categories.yaml";

    private final Lemmatizers lemmatizers;
    private ObjectMapper yaml;

    public RulePackLoader(Lemmatizers lemmatizers) {
        this.lemmatizers = lemmatizers;
    }

    /** The YAML reader, made when first needed: with the built-in packs' image, a start needs none. */
    private ObjectMapper yaml() {
        if (yaml == null) {
            YAMLFactory factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            yaml = new ObjectMapper(factory)
                    .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        }
        return yaml;
    }

    /** Why each principle matters, in the app's words: the built-in {@code categories.yaml}. */
    public CategoryTexts categoryTexts() {
        PackImage image = image(builtInSources());
        return image != null ? CategoryTexts.fromYaml(image.categories()) : readCategories(new ArrayList<>());
    }

    /** The packs that ship with the app. */
    public RuleBook loadBuiltIn() {
        return loadBuiltIn(new PhraseIndex(lemmatizers));
    }

    private RuleBook loadBuiltIn(PhraseIndex index) {
        Map<String, byte[]> sources = builtInSources();
        return loadBuiltIn(index, image(sources), sources);
    }

    /** The built-in packs from their image when there is one, else from their YAML. */
    RuleBook loadBuiltIn(PhraseIndex index, PackImage image, Map<String, byte[]> sources) {
        List<PackProblem> problems = new ArrayList<>();
        CategoryTexts texts = image != null ? CategoryTexts.fromYaml(image.categories()) : readCategories(problems);
        Limits limits = image != null ? Limits.fromTable(image.limits().surfaces())
                : readLimits(BUILT_IN + LIMITS, resource(BUILT_IN + LIMITS), problems);
        List<Rule> rules = new ArrayList<>();
        List<String> packs = new ArrayList<>();
        for (String name : index()) {
            String source = BUILT_IN + name;
            if (image != null && image.packs().containsKey(source)) {
                install(source, image.packs().get(source), image.lines().get(source), texts, index, rules, packs, problems);
            } else {
                byte[] bytes = sources.get(source);
                readPack(source, bytes == null ? null : new ByteArrayInputStream(bytes), texts, index, rules, packs,
                        problems);
            }
        }
        return new RuleBook(rules, limits == null ? new Limits(Map.of()) : limits, problems, packs, index);
    }

    /** Every built-in source by its path: the index, the category texts, the limits and each pack listed. */
    static Map<String, byte[]> builtInSources() {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of(INDEX, CATEGORIES, LIMITS));
        names.addAll(index());
        for (String name : names) {
            try (InputStream in = resource(BUILT_IN + name)) {
                sources.put(BUILT_IN + name, in == null ? null : in.readAllBytes());
            } catch (IOException e) {
                sources.put(BUILT_IN + name, null);
            }
        }
        return sources;
    }

    /** The build's image of the built-in packs, when it was made from these very sources; else null. */
    private static PackImage image(Map<String, byte[]> sources) {
        return PackImage.read(resource(BUILT_IN + PackImage.NAME), digest(sources));
    }

    private static String digest(Map<String, byte[]> sources) {
        return PackImage.digest(sources.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() == null ? new byte[0] : e.getValue())).toList());
    }

    /**
     * The built-in packs parsed from their YAML, for the build to keep in the jar; a problem in any of
     * them fails the build instead.
     */
    PackImage builtInImage() {
        Map<String, byte[]> sources = builtInSources();
        Map<String, LocalizedText> categories = null;
        LimitsFile limits = null;
        Map<String, PackFile> packs = new LinkedHashMap<>();
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        try {
            categories = new LinkedHashMap<>(yaml().readValue(sources.get(BUILT_IN + CATEGORIES),
                    new TypeReference<Map<String, LocalizedText>>() { }));
            limits = yaml().readValue(sources.get(BUILT_IN + LIMITS), LimitsFile.class);
            for (String name : index()) {
                byte[] bytes = sources.get(BUILT_IN + name);
                packs.put(BUILT_IN + name, yaml().readValue(bytes, PackFile.class));
                lines.put(BUILT_IN + name, List.copyOf(ruleLines(bytes)));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the built-in packs cannot be read: " + e.getMessage(), e);
        }
        // The YAML itself is checked, with the sources already read: an image left in the classes by
        // an earlier build would otherwise stand in for it.
        List<PackProblem> problems = loadBuiltIn(new PhraseIndex(lemmatizers), null, sources).problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the built-in packs have problems: " + problems);
        }
        return new PackImage(digest(sources), categories, limits, packs, lines);
    }

    /** The built-in limits table alone, without reading the packs: for callers that only count. */
    public Limits loadBuiltInLimits() {
        Limits limits = readLimits(BUILT_IN + LIMITS, resource(BUILT_IN + LIMITS), new ArrayList<>());
        return limits == null ? new Limits(Map.of()) : limits;
    }

    /**
     * The built-in packs with a writer's folder on top: every {@code *.yaml} in it or one level below
     * is a pack, except {@code limits.yaml}, which replaces the limits table.
     */
    public RuleBook loadBuiltInAnd(Path folder) {
        PhraseIndex index = new PhraseIndex(lemmatizers);
        RuleBook builtIn = loadBuiltIn(index);
        if (folder == null || !Files.isDirectory(folder)) {
            return builtIn;
        }
        List<PackProblem> problems = new ArrayList<>();
        CategoryTexts texts = readCategories(new ArrayList<>());
        List<Rule> rules = new ArrayList<>();
        List<String> packs = new ArrayList<>();
        Limits limits = null;
        for (Path file : yamlFiles(folder, problems)) {
            String source = file.toString();
            Bytes bytes = read(file, problems);
            if (bytes == null) {
                continue;
            }
            if (file.getFileName().toString().equals(LIMITS)) {
                limits = readLimits(source, bytes.stream(), problems);
            } else {
                readPack(source, bytes.stream(), texts, index, rules, packs, problems);
            }
        }
        return builtIn.overlaidWith(new RuleBook(rules, limits == null ? builtIn.limits() : limits, problems, packs,
                index), limits != null);
    }

    private void readPack(String source, InputStream in, CategoryTexts texts, PhraseIndex index, List<Rule> into,
                          List<String> packs, List<PackProblem> problems) {
        if (in == null) {
            problems.add(new PackProblem(source, 0, "the pack is missing"));
            return;
        }
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            problems.add(new PackProblem(source, 0, "cannot be read: " + e.getMessage()));
            return;
        }
        try {
            install(source, yaml().readValue(bytes, PackFile.class), ruleLines(bytes), texts, index, into, packs,
                    problems);
        } catch (JsonProcessingException e) {
            PackProblem p = YamlMistakes.describe(source, e);
            int line = e instanceof JsonMappingException m ? lineOf(bytes, YamlMistakes.pointer(m)) : 0;
            problems.add(line > 0 ? new PackProblem(source, line, p.problem()) : p);
        } catch (IOException e) {
            problems.add(new PackProblem(source, 0, "cannot be read: " + e.getMessage()));
        }
    }

    /** Builds a parsed pack's rules and adds them, or reports the first rule that is wrong and adds none. */
    private static void install(String source, PackFile pack, List<Integer> lines, CategoryTexts texts, PhraseIndex index,
                                List<Rule> into, List<String> packs, List<PackProblem> problems) {
        try {
            pack.validate();
        } catch (IllegalArgumentException e) {
            problems.add(new PackProblem(source, 1, e.getMessage()));
            return;
        }
        Language language = pack.language().equals("any") ? null : Language.fromId(pack.language());
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < pack.rules().size(); i++) {
            RuleDefinition d = pack.rules().get(i);
            int line = i < lines.size() ? lines.get(i) : 0;
            try {
                d.validate();
                if (!ids.add(d.id())) {
                    throw new IllegalArgumentException("the id '" + d.id() + "' is used twice");
                }
                if (d.cuesOf() != null) {
                    String name = d.cuesOf();
                    String id = d.id();
                    RuleDefinition other = pack.rules().subList(0, i).stream()
                            .filter(o -> o.id() != null && o.id().equals(name) && "absence".equals(o.kind()))
                            .findFirst().orElseThrow(() -> new IllegalArgumentException("rule '" + id
                                    + "': 'cues-of' names '" + name + "', which is no absence rule above it in this pack"));
                    d = d.withCuesOf(other);
                }
                rules.add(create(d, language, texts, index));
            } catch (IllegalArgumentException e) {
                problems.add(new PackProblem(source, line, e.getMessage()));
                return;
            }
        }
        into.addAll(rules);
        packs.add(source);
    }

    /**
     * Where a key stands in the file. The parser reports some mistakes only at the end of the entry
     * they belong to; the writer wants the line of the key itself.
     */
    private int lineOf(byte[] bytes, String pointer) {
        if (pointer.isEmpty()) {
            return 0;
        }
        try (JsonParser p = yaml().getFactory().createParser(bytes)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && p.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** The line on which each entry of the pack's 'rules' list starts, for pointing at a faulty rule. */
    private List<Integer> ruleLines(byte[] bytes) throws IOException {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser p = yaml().getFactory().createParser(bytes)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT && p.getParsingContext().getParent() != null
                        && p.getParsingContext().getParent().inArray()
                        && p.getParsingContext().getParent().getParent() != null
                        && "rules".equals(p.getParsingContext().getParent().getParent().getCurrentName())
                        && p.getParsingContext().getParent().getParent().getParent() != null
                        && p.getParsingContext().getParent().getParent().getParent().inRoot()) {
                    lines.add(p.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }

    private static Rule create(RuleDefinition d, Language language, CategoryTexts texts, PhraseIndex index) {
        return switch (d.kind()) {
            case "phrase" -> new PhraseRule(d, language, texts, index);
            case "substitution" -> new SubstitutionRule(d, language, texts, index);
            case "count" -> new CountRule(d, language, texts, index);
            case "absence" -> new AbsenceRule(d, language, texts, index);
            case "metric" -> new MetricRule(d, language, texts, index);
            case "audience" -> new AudienceRule(d, language, texts, index);
            case "cadence" -> new CadenceRule(d, language, texts);
            case "source" -> new SourceRule(d, language, texts);
            case "length" -> new LengthRule(d, language, texts);
            case "styled-text" -> new StyledTextRule(d, language, texts);
            case "hashtag-case" -> new HashtagCaseRule(d, language, texts);
            case "stock" -> new StockRule(d, language, texts, index);
            default -> throw new IllegalArgumentException("unknown kind " + d.kind());
        };
    }

    private Limits readLimits(String source, InputStream in, List<PackProblem> problems) {
        if (in == null) {
            problems.add(new PackProblem(source, 0, "the limits table is missing"));
            return null;
        }
        try (in) {
            return Limits.fromTable(yaml().readValue(in, LimitsFile.class).surfaces());
        } catch (JsonProcessingException e) {
            problems.add(YamlMistakes.describe(source, e));
        } catch (IllegalArgumentException e) {
            problems.add(new PackProblem(source, 0, e.getMessage()));
        } catch (IOException e) {
            problems.add(new PackProblem(source, 0, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private CategoryTexts readCategories(List<PackProblem> problems) {
        String source = BUILT_IN + CATEGORIES;
        try (InputStream in = resource(source)) {
            if (in == null) {
                problems.add(new PackProblem(source, 0, "the category texts are missing"));
                return new CategoryTexts(Map.of());
            }
            return CategoryTexts.fromYaml(yaml().readValue(in, new TypeReference<Map<String, LocalizedText>>() { }));
        } catch (JsonProcessingException e) {
            problems.add(YamlMistakes.describe(source, e));
        } catch (IllegalArgumentException | IOException e) {
            problems.add(new PackProblem(source, 0, e.getMessage()));
        }
        return new CategoryTexts(Map.of());
    }

    private static InputStream resource(String path) {
        return RulePackLoader.class.getResourceAsStream(path);
    }

    private static List<String> index() {
        try (InputStream in = resource(BUILT_IN + INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the built-in rule packs are missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> yamlFiles(Path folder, List<PackProblem> problems) {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new PackProblem(folder.toString(), 0, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private record Bytes(byte[] data) {
        InputStream stream() {
            return new java.io.ByteArrayInputStream(data);
        }
    }

    private static Bytes read(Path file, List<PackProblem> problems) {
        try {
            return new Bytes(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(new PackProblem(file.toString(), 0, "cannot be read: " + e.getMessage()));
            return null;
        }
    }
}
