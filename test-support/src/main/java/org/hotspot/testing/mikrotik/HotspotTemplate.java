package org.hotspot.testing.mikrotik;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RouterOS's substitution in hotspot pages (help.mikrotik.com, "Hotspot customisation"):
 * {@code $(name)} is replaced by the variable's value, empty when the router has none, and
 * {@code $(if name)...$(elif name)...$(else)...$(endif)} keeps the branch whose variable is not
 * empty ({@code $(if name == value)} compares). Nothing is HTML-escaped: the router does not
 * escape either, which is why the pages must. No I/O.
 */
public final class HotspotTemplate {

    private static final Pattern DIRECTIVE = Pattern.compile("\\$\\(([^)]*)\\)");

    private HotspotTemplate() {
    }

    /**
     * The page with every variable and conditional replaced.
     *
     * @throws IllegalArgumentException if an {@code if} is not closed or an {@code else},
     *                                  {@code elif} or {@code endif} has no {@code if}
     */
    public static String render(String template, Map<String, String> variables) {
        StringBuilder page = new StringBuilder(template.length());
        Deque<Branch> open = new ArrayDeque<>();
        Matcher directive = DIRECTIVE.matcher(template);
        int at = 0;
        while (directive.find()) {
            if (shown(open)) {
                page.append(template, at, directive.start());
            }
            at = directive.end();
            apply(directive.group(1).trim(), variables, open, page);
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException(open.size() + " $(if) without $(endif)");
        }
        return page.append(template, at, template.length()).toString();
    }

    private static void apply(String directive, Map<String, String> variables, Deque<Branch> open,
            StringBuilder page) {
        String keyword = directive.split("\\s+", 2)[0];
        String condition = directive.substring(keyword.length()).trim();
        switch (keyword) {
            case "if" -> open.push(Branch.open(shown(open), holds(condition, variables)));
            case "elif" -> innermost(open, directive).elseIf(holds(condition, variables));
            case "else" -> innermost(open, directive).otherwise();
            case "endif" -> {
                innermost(open, directive);
                open.pop();
            }
            default -> {
                if (shown(open)) {
                    page.append(variables.getOrDefault(directive, ""));
                }
            }
        }
    }

    /** {@code name}: the variable is not empty; {@code name == value}: it equals the value (quotes optional). */
    private static boolean holds(String condition, Map<String, String> variables) {
        if (condition.isEmpty()) {
            throw new IllegalArgumentException("$(if) without a variable");
        }
        int equals = condition.indexOf("==");
        if (equals < 0) {
            return !variables.getOrDefault(condition, "").isEmpty();
        }
        String name = condition.substring(0, equals).trim();
        String value = condition.substring(equals + 2).trim().replaceAll("^['\"]|['\"]$", "");
        return variables.getOrDefault(name, "").equals(value);
    }

    private static Branch innermost(Deque<Branch> open, String directive) {
        if (open.isEmpty()) {
            throw new IllegalArgumentException("$(" + directive + ") without $(if)");
        }
        return open.peek();
    }

    private static boolean shown(Deque<Branch> open) {
        return open.isEmpty() || open.peek().showing;
    }

    /** One open {@code $(if)}: whether what encloses it shows, whether a branch was taken, whether this one shows. */
    private static final class Branch {
        private final boolean enclosingShown;
        private boolean taken;
        private boolean showing;

        private Branch(boolean enclosingShown, boolean showing) {
            this.enclosingShown = enclosingShown;
            this.taken = showing;
            this.showing = showing;
        }

        static Branch open(boolean enclosingShown, boolean condition) {
            return new Branch(enclosingShown, enclosingShown && condition);
        }

        void elseIf(boolean condition) {
            showing = enclosingShown && !taken && condition;
            taken |= showing;
        }

        void otherwise() {
            showing = enclosingShown && !taken;
            taken = true;
        }
    }
}
