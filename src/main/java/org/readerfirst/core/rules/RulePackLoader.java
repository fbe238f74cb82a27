package org.readerfirst.core.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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

    private final ObjectMapper yaml;
    private final Lemmatizers lemmatizers;

    public RulePackLoader(Lemmatizers lemmatizers) {
        this.lemmatizers = lemmatizers;
        YAMLFactory factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.yaml = new ObjectMapper(factory)
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** Why each principle matters, in the app's words: the built-in {@code categories.yaml}. */
    public CategoryTexts categoryTexts() {
        return readCategories(new ArrayList<>());
    }

    /** The packs that ship with the app. */
    public RuleBook loadBuiltIn() {
        return loadBuiltIn(new PhraseIndex(lemmatizers));
    }

    private RuleBook loadBuiltIn(PhraseIndex index) {
        List<PackProblem> problems = new ArrayList<>();
        CategoryTexts texts = readCategories(problems);
        Limits limits = readLimits(BUILT_IN + LIMITS, resource(BUILT_IN + LIMITS), problems);
        List<Rule> rules = new ArrayList<>();
        List<String> packs = new ArrayList<>();
        for (String name : index()) {
            String source = BUILT_IN + name;
            readPack(source, resource(source), texts, index, rules, packs, problems);
        }
        return new RuleBook(rules, limits == null ? new Limits(Map.of()) : limits, problems, packs, index);
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
            PackFile pack = yaml.readValue(bytes, PackFile.class);
            List<Integer> lines = ruleLines(bytes);
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
        } catch (JsonProcessingException e) {
            PackProblem p = describe(source, e);
            int line = e instanceof JsonMappingException m ? lineOf(bytes, pointer(m)) : 0;
            problems.add(line > 0 ? new PackProblem(source, line, p.problem()) : p);
        } catch (IOException e) {
            problems.add(new PackProblem(source, 0, "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Where a key stands in the file. The parser reports some mistakes only at the end of the entry
     * they belong to; the writer wants the line of the key itself.
     */
    private int lineOf(byte[] bytes, String pointer) {
        if (pointer.isEmpty()) {
            return 0;
        }
        try (JsonParser p = yaml.getFactory().createParser(bytes)) {
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

    private static String pointer(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('/').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        return sb.toString();
    }

    /** The line on which each entry of the pack's 'rules' list starts, for pointing at a faulty rule. */
    private List<Integer> ruleLines(byte[] bytes) throws IOException {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser p = yaml.getFactory().createParser(bytes)) {
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
            return Limits.fromTable(yaml.readValue(in, LimitsFile.class).surfaces());
        } catch (JsonProcessingException e) {
            problems.add(describe(source, e));
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
            return CategoryTexts.fromYaml(yaml.readValue(in, new TypeReference<Map<String, LocalizedText>>() { }));
        } catch (JsonProcessingException e) {
            problems.add(describe(source, e));
        } catch (IllegalArgumentException | IOException e) {
            problems.add(new PackProblem(source, 0, e.getMessage()));
        }
        return new CategoryTexts(Map.of());
    }

    /** Turns a parser's complaint into one line a writer can act on. */
    static PackProblem describe(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            what = "unknown key '" + u.getPropertyName() + "'" + closest(u.getPropertyName(), u.getKnownPropertyIds());
        } else {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof IllegalArgumentException) {
                what = root.getMessage();
            } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                what = "wrong value at '" + pathOf(m) + "': " + firstLine(e.getOriginalMessage());
            } else {
                what = firstLine(e.getOriginalMessage());
            }
        }
        return new PackProblem(source, line, what);
    }

    private static String pathOf(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String closest(String unknown, java.util.Collection<Object> known) {
        if (known == null) {
            return "";
        }
        for (Object k : known) {
            String candidate = String.valueOf(k);
            if (WordMatcher.withinOneEdit(unknown, candidate)
                    || (candidate.length() > 3 && Math.abs(candidate.length() - unknown.length()) <= 2
                    && (candidate.startsWith(unknown) || unknown.startsWith(candidate)))) {
                return " (did you mean '" + candidate + "'?)";
            }
        }
        return "";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "cannot be read";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
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
