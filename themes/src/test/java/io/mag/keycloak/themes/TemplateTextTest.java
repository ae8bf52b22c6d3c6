package io.mag.keycloak.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No words written directly in a template: every text a reader sees comes from a message bundle, so
 * that it exists in every language. The check removes what is not text (FreeMarker comments,
 * ${...} interpolations, FreeMarker directives and macro calls, HTML tags, entities, script and
 * style bodies) and fails on any letter left over, and on letters in the attributes a reader sees
 * or hears (title, alt, placeholder, aria-label).
 */
final class TemplateTextTest {

    /**
     * Text that may stay in a template, per template, with the reason. Empty today; an entry must
     * say why the text cannot come from a bundle (a product name, a standard's fixed wording).
     */
    private static final Map<String, Set<String>> ALLOWED = Map.of();

    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("\\b(title|alt|placeholder|aria-label)\\s*=\\s*(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*");

    @TestFactory
    Stream<DynamicTest> noTemplateWritesWordsOfItsOwn() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(ThemeBundlesTest.THEME)) {
            templates = files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
        }
        assertThat(templates).isNotEmpty();
        return templates.stream().map(template -> DynamicTest.dynamicTest(ThemeBundlesTest.THEME.relativize(template).toString(), () -> {
            String name = ThemeBundlesTest.THEME.relativize(template).toString().replace('\\', '/');
            List<String> words = new ArrayList<>(wordsOutsideMarkup(Files.readString(template, StandardCharsets.UTF_8)));
            words.removeAll(ALLOWED.getOrDefault(name, Set.of()));
            assertThat(words).as("words written directly in %s (put them in the message bundles)", name).isEmpty();
        }));
    }

    @Test
    void theScanSeesTextButNotMarkup() {
        assertThat(wordsOutsideMarkup("<#-- a comment --><p class=\"x\">${msg(\"a}b\")}</p><#if a?has_content>x</#if>"))
                .containsExactly("x");
        assertThat(wordsOutsideMarkup("<span>Expires</span> on ${date}")).containsExactly("Expires", "on");
        assertThat(wordsOutsideMarkup("<img alt=\"Logo\" src=\"${url}\"/><input placeholder=\"${msg('k')}\"/>"))
                .containsExactly("Logo");
        assertThat(wordsOutsideMarkup("<@buttons.button label=\"magOtpRenew\" value=\"renew\"/>&nbsp;1. - ${x}")).isEmpty();
        assertThat(wordsOutsideMarkup("<script>const label = 'Done';</script><style>p { color: red; }</style>")).isEmpty();
        assertThat(wordsOutsideMarkup("<#if (a > b)>Yes</#if>")).containsExactly("Yes");
        assertThat(wordsOutsideMarkup("<input type=\"radio\" <#if a>checked</#if>/><li<#if b> class=\"c\"</#if>>${msg(n)}</li>")).isEmpty();
    }

    /** The words of a template that are neither FreeMarker nor HTML markup. */
    static List<String> wordsOutsideMarkup(String template) {
        StringBuilder text = new StringBuilder();
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("<#--", i)) {
                i = after(template, "-->", i);
            } else if (template.startsWith("${", i)) {
                i = endOfExpression(template, i + 2, '}');
            } else if (template.startsWith("<#", i) || template.startsWith("</#", i)
                    || template.startsWith("<@", i) || template.startsWith("</@", i)) {
                i = endOfExpression(template, i + 1, '>');
            } else if (startsTag(template, i, "script") || startsTag(template, i, "style")) {
                String tag = startsTag(template, i, "script") ? "script" : "style";
                i = after(template.toLowerCase(), "</" + tag + ">", i);
            } else if (template.charAt(i) == '<' && i + 1 < template.length()
                    && (Character.isLetter(template.charAt(i + 1)) || template.charAt(i + 1) == '/' || template.charAt(i + 1) == '!')) {
                int end = endOfExpression(template, i + 1, '>');
                Matcher attribute = VISIBLE_ATTRIBUTE.matcher(template.substring(i, end));
                while (attribute.find()) {
                    words.addAll(letters(withoutInterpolations(attribute.group(2))));
                }
                text.append(' ');
                i = end;
            } else {
                text.append(template.charAt(i));
                i++;
            }
        }
        List<String> all = new ArrayList<>(letters(ENTITY.matcher(text).replaceAll(" ")));
        all.addAll(words);
        return all;
    }

    private static boolean startsTag(String s, int i, String tag) {
        return s.regionMatches(true, i, "<" + tag, 0, tag.length() + 1)
                && i + tag.length() + 1 < s.length()
                && !Character.isLetterOrDigit(s.charAt(i + tag.length() + 1));
    }

    private static String withoutInterpolations(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("${", i)) {
                i = endOfExpression(s, i + 2, '}');
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static List<String> letters(CharSequence s) {
        List<String> found = new ArrayList<>();
        Matcher m = LETTERS.matcher(s);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static int after(String s, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? s.length() : at + end.length();
    }

    /**
     * The index after the {@code close} character that ends an expression starting at {@code from},
     * skipping quoted strings, nested ${...}, and brackets (so that "(a > b)" or "{}" inside do not end it).
     */
    private static int endOfExpression(String s, int from, char close) {
        int depth = 0;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int end = s.indexOf(c, i + 1);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf(c, end + 1);
                }
                i = end < 0 ? s.length() : end + 1;
                continue;
            }
            if (c == '(' || c == '[' || (c == '{' && close == '}')) {
                depth++;
            } else if ((c == ')' || c == ']' || (c == '}' && close == '}' && depth > 0)) && depth > 0) {
                depth--;
            } else if (c == close && depth == 0) {
                return i + 1;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                i = endOfExpression(s, i + 2, '}');
                continue;
            } else if (close == '>' && (s.startsWith("<#", i) || s.startsWith("</#", i) || s.startsWith("<@", i) || s.startsWith("</@", i))) {
                // a directive inside an HTML tag: <input <#if x>checked</#if>/>
                i = endOfExpression(s, i + 1, '>');
                continue;
            }
            i++;
        }
        return s.length();
    }
}
