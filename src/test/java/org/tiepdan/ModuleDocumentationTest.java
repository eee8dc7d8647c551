package org.tiepdan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Draws the module map from the code, so that it cannot drift from it the way the hand-kept table
 * did: {@code docs/modules/components.puml} (every module and its dependencies, C4 PlantUML),
 * {@code module-<name>.puml} (one module with its direct neighbours) and
 * {@code module-<name>.adoc} (the module's canvas: its public API, Spring beans, events), all
 * linked from {@code all-docs.adoc}. Plain bytecode analysis, no Spring context: it runs in a few
 * seconds with {@code ModularityTest}. The output is deterministic, so a change in
 * {@code docs/modules} after a run is a real change of the map: commit it with the code that made
 * it. See docs/architecture.md.
 */
class ModuleDocumentationTest {

    static final Path OUTPUT = Path.of("docs", "modules");

    private static final Pattern SORTABLE = Pattern.compile("\\s*(Rel|Component|Container)\\(");

    @Test
    void writesTheModuleDiagramsAndCanvasesIntoDocs() throws IOException {
        var modules = ApplicationModules.of(TiepdanApplication.class);
        parseableJavadoc(Path.of("target", "generated-spring-modulith", "javadoc.json"));

        new Documenter(modules, Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeDocumentation(DiagramOptions.defaults(), CanvasOptions.defaults());
        try (var files = Files.list(OUTPUT)) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    Files.write(file, stableOrder(Files.readAllLines(file)));
                } else if (file.getFileName().toString().startsWith("module-") && file.toString().endsWith(".adoc")) {
                    Files.write(file, stableItems(Files.readAllLines(file)));
                }
            }
        }

        String overview = Files.readString(OUTPUT.resolve("components.puml"));
        for (var module : modules) {
            String name = module.getIdentifier().toString();
            assertThat(OUTPUT.resolve("module-" + name + ".puml")).as("diagram of %s", name).isRegularFile();
            assertThat(OUTPUT.resolve("module-" + name + ".adoc")).as("canvas of %s", name).isRegularFile();
            assertThat(overview).as("%s in the overview", name).contains("\"" + module.getDisplayName() + "\"");
        }
        assertThat(OUTPUT.resolve("all-docs.adoc")).isRegularFile();
        assertThat(Files.readString(OUTPUT.resolve("module-calendar.adoc"))).as("Javadoc in the canvases")
                .contains("The working calendar and legal deadlines");
    }

    /**
     * Structurizr writes a diagram's elements and relations in hash order, which changes from run to
     * run; each run of consecutive element or relation lines is sorted, so that a re-run changes no
     * file when the map did not change.
     */
    static List<String> stableOrder(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (SORTABLE.matcher(line).lookingAt()) {
                run.add(line);
                continue;
            }
            Collections.sort(run);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        Collections.sort(run);
        out.addAll(run);
        return out;
    }

    /**
     * The canvases list a cell's items (bean references, events) in hash order too. An item is a
     * line starting with {@code "* "} (or {@code "|* "} as the cell's first) and its continuation
     * lines; each cell's items are sorted by their text, the cell's bar staying on the first.
     */
    static List<String> stableItems(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<List<String>> items = new ArrayList<>();
        boolean cellStart = false;
        for (String line : lines) {
            boolean bullet = line.startsWith("* ") || line.startsWith("|* ");
            if (bullet) {
                if (items.isEmpty()) {
                    cellStart = line.startsWith("|");
                }
                List<String> item = new ArrayList<>();
                item.add(line.startsWith("|") ? line.substring(1) : line);
                items.add(item);
            } else if (!items.isEmpty() && !line.startsWith("|")) {
                items.get(items.size() - 1).add(line);
            } else {
                flush(items, cellStart, out);
                out.add(line);
            }
        }
        flush(items, cellStart, out);
        return out;
    }

    private static void flush(List<List<String>> items, boolean cellStart, List<String> out) {
        if (items.isEmpty()) {
            return;
        }
        items.sort(java.util.Comparator.comparing(item -> item.get(0)));
        boolean first = true;
        for (List<String> item : items) {
            for (String line : item) {
                out.add(first && cellStart ? "|" + line : line);
                first = false;
            }
        }
        items.clear();
    }

    /**
     * The canvases show the Javadoc that spring-modulith-apt collects at compile time into
     * {@code target/generated-spring-modulith/javadoc.json}, but Spring Modulith 2.0.1 reads that
     * file with Spring Boot's {@code BasicJsonParser}, which fails on an escaped double quote
     * (spring-modulith issue 1685) and on unpaired braces inside a text, and our Javadoc quotes a lot. So the comments' straight double
     * quotes become typographic ones before the Documenter reads the file (the file is rewritten on
     * the next compile anyway). Remove once Spring Modulith parses it with a real JSON parser.
     */
    private static void parseableJavadoc(Path javadoc) throws IOException {
        if (!Files.isRegularFile(javadoc)) {
            return;
        }
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode root = mapper.readTree(javadoc.toFile());
        requote(root);
        Files.writeString(javadoc, mapper.writeValueAsString(root));
    }

    private static void requote(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(field);
                if (value.isString()) {
                    object.put(field, typographic(value.asString()));
                } else {
                    requote(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ModuleDocumentationTest::requote);
        }
    }

    /**
     * Straight double quotes as opening and closing typographic ones, backslashes as slashes, and
     * braces and brackets as parentheses when they do not pair up in the text (the parser counts
     * them even inside strings: "[0, 2π)").
     */
    private static String typographic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean open = true;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                out.append(open ? '\u201C' : '\u201D');
                open = !open;
            } else {
                out.append(c == '\\' ? '/' : c);
            }
        }
        String result = out.toString();
        if (count(result, '{') != count(result, '}') || count(result, '[') != count(result, ']')) {
            result = result.replace('{', '(').replace('}', ')').replace('[', '(').replace(']', ')');
        }
        return result;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
