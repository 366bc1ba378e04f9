package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md and docs/: every relative link lands on a file of the repository, and on a heading of it
 * when it names one; and no file of the repository sends its reader to files beside it, which a
 * clone does not have.
 */
class DocsTest {

    private static final Path ROOT = RepoRoot.get();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$", Pattern.MULTILINE);
    /** Places outside the repository that files used to point to. */
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|shared/(anchors|research)|SPEC\\.md|SPEC ?§");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".work", ".hotspot", "node_modules",
            ".mvn");

    @Test
    void everyLinkOfTheDocsLandsInTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = markdownPages();
        assertThat(pages).as("README.md and docs/").contains(ROOT.resolve("README.md"),
                ROOT.resolve("docs/architecture.md"));
        for (Path page : pages) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("(https?|mailto):.*")) {
                    continue;
                }
                String problem = problemWith(page, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (" + problem + ")");
                }
            }
        }
        assertThat(broken).as("links that land nowhere").isEmpty();
    }

    @Test
    void noFileSendsItsReaderOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = walk()) {
            files.filter(DocsTest::isText).forEach(file -> {
                String text = readOrNull(file);
                if (text == null) {
                    return;
                }
                Matcher outside = OUTSIDE.matcher(text);
                if (outside.find()) {
                    found.add(ROOT.relativize(file) + ": " + outside.group());
                }
            });
        }
        assertThat(found).as("files pointing outside the repository").isEmpty();
    }

    private static String problemWith(Path page, String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (hash >= 0 && resolved.toString().endsWith(".md")) {
            String anchor = target.substring(hash + 1);
            if (!anchors(resolved).contains(anchor)) {
                return "no heading #" + anchor;
            }
        }
        return null;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(Path page) {
        String text = readOrNull(page);
        List<String> anchors = new ArrayList<>();
        Matcher heading = HEADING.matcher(text.replaceAll("(?s)```.*?```", ""));
        while (heading.find()) {
            String slug = heading.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("[`*_]", "")
                    .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
                    .replaceAll("[^\\p{L}\\p{N} -]", "")
                    .replace(' ', '-');
            String unique = slug;
            for (int n = 1; anchors.contains(unique); n++) {
                unique = slug + "-" + n;
            }
            anchors.add(unique);
        }
        return anchors;
    }

    private static List<Path> markdownPages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static Stream<Path> walk() throws IOException {
        return Files.walk(ROOT).filter(Files::isRegularFile)
                .filter(path -> {
                    for (Path part : ROOT.relativize(path)) {
                        if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.matches(".*\\.(java|md|properties|ya?ml|sh|xml|conf|html|txt|json|css|js|py)")
                || name.equals("hotspot")
                || name.equals("run");
    }

    private static String readOrNull(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
