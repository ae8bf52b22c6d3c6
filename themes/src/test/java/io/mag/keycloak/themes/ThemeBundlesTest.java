package io.mag.keycloak.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every language of every theme says everything English says, and nothing else: each
 * messages_xx.properties beside a messages_en.properties has exactly English's keys and, per key,
 * the same placeholders ({0}, {1}, ... in the login and email themes; {{0}}, {{1}}, ... in the
 * account console). A failure lists every missing or extra key at once, so that a merge that
 * brings new English keys shows the whole list to translate.
 *
 * <p>The login and email bundles are formatted by Keycloak with java.text.MessageFormat, where a
 * lone apostrophe starts a quoted section and silently swallows the rest of the text (a real risk
 * in French); the account console formats with i18next, where '' would show twice. Both rules are
 * checked, and every file must be valid UTF-8, which is how Keycloak 26 reads theme bundles.
 */
final class ThemeBundlesTest {

    static final Path THEME = Path.of("src/main/resources/theme/mag");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{?(\\d+)[^}]*}}?");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @TestFactory
    Stream<DynamicTest> everyTranslationHasExactlyTheEnglishKeysAndPlaceholders() throws IOException {
        return translations().map(bundle -> DynamicTest.dynamicTest(THEME.relativize(bundle).toString(), () -> {
            Properties english = load(bundle.resolveSibling("messages_en.properties"));
            Properties translated = load(bundle);
            List<String> problems = new ArrayList<>();
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                if (!translated.containsKey(key)) {
                    problems.add("missing " + key + "=" + english.getProperty(key));
                } else if (!placeholders(english.getProperty(key)).equals(placeholders(translated.getProperty(key)))) {
                    problems.add("placeholders of " + key + ": English " + placeholders(english.getProperty(key))
                            + ", here " + placeholders(translated.getProperty(key)));
                }
            }
            for (String key : new TreeSet<>(translated.stringPropertyNames())) {
                if (!english.containsKey(key)) {
                    problems.add("not in English: " + key);
                }
            }
            assertThat(problems).as("%s against messages_en.properties", bundle).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBundleIsWellFormedForItsFormatter() throws IOException {
        return bundles().map(bundle -> DynamicTest.dynamicTest(THEME.relativize(bundle).toString(), () -> {
            boolean accountConsole = THEME.relativize(bundle).startsWith("account");
            Properties messages = load(bundle);
            List<String> problems = new ArrayList<>();
            for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                String value = messages.getProperty(key);
                if (accountConsole) {
                    if (value.contains("''")) {
                        problems.add(key + ": i18next shows '' as two apostrophes; write one");
                    }
                    if (value.matches(".*(?<!\\{)\\{\\d+}(?!}).*")) {
                        problems.add(key + ": the account console's placeholders are {{n}}, not {n}");
                    }
                } else {
                    if (LONE_APOSTROPHE.matcher(value).find()) {
                        problems.add(key + ": a lone apostrophe quotes the rest of the text in MessageFormat; write ''");
                    }
                    try {
                        new MessageFormat(value);
                    } catch (IllegalArgumentException e) {
                        problems.add(key + ": not a valid MessageFormat pattern (" + e.getMessage() + ")");
                    }
                }
            }
            assertThat(problems).as("%s", bundle).isEmpty();
        }));
    }

    @Test
    void everyThemeHasGermanAndFrench() throws IOException {
        try (Stream<Path> english = Files.walk(THEME)) {
            List<Path> englishBundles = english.filter(p -> p.getFileName().toString().equals("messages_en.properties")).toList();
            assertThat(englishBundles).hasSize(4); // login, email, account, admin
            for (Path bundle : englishBundles) {
                assertThat(bundle.resolveSibling("messages_de.properties")).exists();
                assertThat(bundle.resolveSibling("messages_fr.properties")).exists();
            }
        }
    }

    @Test
    void placeholdersAreReadFromBothSyntaxes() {
        assertThat(placeholders("{0} and {1,number} and {0}")).containsExactly("0", "1");
        assertThat(placeholders("Valid from {{0}} until {{1}}")).containsExactly("0", "1");
        assertThat(placeholders("no placeholder")).isEmpty();
    }

    static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Stream<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(THEME)) {
            return files.filter(p -> p.getFileName().toString().matches("messages_[A-Za-z_]+\\.properties"))
                    .sorted().toList().stream();
        }
    }

    private static Stream<Path> translations() throws IOException {
        return bundles().filter(p -> !p.getFileName().toString().equals("messages_en.properties"));
    }

    /** Strict UTF-8: a file saved as ISO-8859-1 fails here instead of showing garbled umlauts. */
    static Properties load(Path bundle) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(bundle))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(bundle + " is not valid UTF-8", e);
        }
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
