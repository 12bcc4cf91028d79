package org.helplinelogbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about how the source reads that ArchUnit cannot see, since compiled classes no longer show them
 * (CONTRIBUTING.md, "Code style").
 */
class SourceStyleTest {

    /** A package path followed by a class name: {@code java.util.EnumSet}, {@code org.helplinelogbook.ui.common.DialogFit}. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(?<![\\w.\"@])(?:java|javax|javafx|org|com|net|io|picocli|atlantafx)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*");

    /** Comments, text blocks, strings and characters: what is not code. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "//[^\\n]*|/\\*(?s:.*?)\\*/|\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)+'");

    private static final Pattern DECLARED = Pattern.compile(
            "(?m)^import\\s+[\\w.]+\\.(\\w+);|\\b(?:class|record|interface|enum)\\s+(\\w+)");

    private static final Pattern IMPORTS = Pattern.compile("(?m)^(?:package|import)\\s[^;]+;");

    @Test
    void classesAreNamedByImportNotInline() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> found.addAll(inlineNames(f)));
        }
        assertThat(found)
                .as("a class is imported and then named by its simple name, so a reader sees every dependency at the top "
                        + "of the file (a clash of simple names is the one reason to write a whole name)")
                .isEmpty();
    }

    private static List<String> inlineNames(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Blank out what is not code, keeping the line breaks so that line numbers stay right.
        String code = blank(IMPORTS, blank(NOT_CODE, text));
        Set<String> taken = simpleNamesTaken(text);
        List<String> found = new ArrayList<>();
        Matcher m = QUALIFIED_NAME.matcher(code);
        while (m.find()) {
            String simple = m.group().substring(m.group().lastIndexOf('.') + 1);
            if (taken.contains(simple) && !text.contains("import " + m.group() + ";")) {
                continue; // the simple name means another class in this file: the whole name is the clear way
            }
            long line = code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(file + ":" + line + ": " + m.group());
        }
        return found;
    }

    /** Simple names this file imports or declares. */
    private static Set<String> simpleNamesTaken(String text) {
        Set<String> taken = new HashSet<>();
        Matcher m = DECLARED.matcher(text);
        while (m.find()) {
            taken.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return taken;
    }

    private static String blank(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
