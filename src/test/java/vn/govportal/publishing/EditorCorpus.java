package vn.govportal.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Real-world article bodies (schedules, fee and result tables with merged cells, nested lists,
 * text cleaned after a paste from Word) in {@code src/test/resources/editor-corpus/}: what a text
 * must come through editing unchanged.
 */
public final class EditorCorpus {

    private EditorCorpus() {
    }

    /** File name → body, in the corpus's order. */
    public static Map<String, String> bodies() {
        try {
            Path folder = Path.of(EditorCorpus.class.getResource("/editor-corpus/").toURI());
            Map<String, String> bodies = new TreeMap<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    bodies.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String resource(String path) {
        try (InputStream in = EditorCorpus.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text's structure as a reader meets it: each element with its attributes, and its words,
     * one per line; blanks that no browser shows are left out. {@code rel} is left out too: the
     * sanitiser sets it on every outside link.
     */
    public static List<String> outline(String html) {
        List<String> lines = new ArrayList<>();
        walk(Jsoup.parseBodyFragment(html).body(), 0, lines);
        return lines;
    }

    private static void walk(Element element, int depth, List<String> lines) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String words = text.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
                if (!words.isEmpty()) {
                    lines.add("  ".repeat(depth) + "\"" + words + "\"");
                }
            } else if (child instanceof Element inner) {
                StringBuilder line = new StringBuilder("  ".repeat(depth)).append('<').append(inner.normalName());
                inner.attributes().asList().stream().filter(a -> !a.getKey().equals("rel"))
                        .sorted(java.util.Comparator.comparing(Attribute::getKey))
                        .forEach(a -> line.append(' ').append(a.getKey()).append("=\"").append(a.getValue()).append('"'));
                lines.add(line.append('>').toString());
                walk(inner, depth + 1, lines);
            }
        }
    }
}
