package io.mag.keycloak.cluster.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organization registration wizard (login-actions pages mag-registration-*), driven page by
 * page through a {@link Browser}, each step at the node the test names. The wizard's draft lives
 * in the authentication session, so any node can answer any step.
 */
public final class RegistrationWizard {

    public static final String PASSWORD = "Handover-Pass-2026";
    private static final Pattern CAPTCHA = Pattern.compile(
            "data-salt=\"([^\"]*)\" data-challenge=\"([0-9a-f]{64})\" data-max=\"([0-9]+)\"");
    private static final Pattern REGISTRATION_ID = Pattern.compile("data-registration-id=\"([^\"]+)\"");

    private final Browser browser = new Browser();
    private Page page;

    /**
     * Lifts the realm's limits on the wizard for the tests, which register several organizations
     * from one address within minutes: no rate limit, a lighter proof of work.
     */
    public static void allowManyRegistrations(Admin admin) {
        admin.realmAttribute("magRegistrationRateLimit", "0");
        admin.realmAttribute("magRegistrationPowMaxNumber", "2000");
    }

    /** Opens the public start link of the realm's sourcing application at {@code node}: the captcha page. */
    public RegistrationWizard start(Node node) {
        page = browser.follow(browser.get(Cluster.get().realmUrl() + "/mag-registration/start?client_id=northwind-sourcing", node), node);
        return this;
    }

    /** Opens a link that starts the wizard (e.g. an invitation's Register Now link) at {@code node}: the captcha page. */
    public RegistrationWizard startFrom(String link, Node node) {
        page = browser.follow(browser.get(link, node), node);
        return this;
    }

    /** Posts the current page's form {@code formId} with {@code fields} at {@code node} without moving on: the answer, for a test that posts one form twice. */
    public Page post(String formId, Map<String, String> fields, Node node) {
        Form form = page.form(formId);
        fields.forEach(form::set);
        form.set("action", "mag-registration-review".equals(formId) ? "submit" : "next");
        return browser.follow(browser.submit(form, node), node);
    }

    /** Whether {@code answer} is the confirmation page of a submitted registration. */
    public static boolean isConfirmation(Page answer) {
        return REGISTRATION_ID.matcher(answer.body()).find();
    }

    /** Continues from {@code answer} (a page this wizard's browser got, e.g. from {@link #post}). */
    public RegistrationWizard at(Page answer) {
        page = answer;
        return this;
    }

    public Page page() {
        return page;
    }

    /** Solves the proof of work in Java, as the page's script does in a browser, and continues at {@code node}. */
    public RegistrationWizard passCaptcha(Node node) {
        Matcher captcha = CAPTCHA.matcher(page.body());
        if (!captcha.find()) {
            throw new AssertionError("no captcha on " + page + "\n" + page.abbreviated());
        }
        long number = solve(captcha.group(1).replace("&amp;", "&"), captcha.group(2), Long.parseLong(captcha.group(3)));
        return next("mag-registration-captcha", Map.of("captchaNumber", String.valueOf(number)), node);
    }

    /** Fills the form {@code formId} of the current page with {@code fields}, presses Next (or Submit) at {@code node}. */
    public RegistrationWizard next(String formId, Map<String, String> fields, Node node) {
        Form form = page.form(formId);
        fields.forEach(form::set);
        form.set("action", "mag-registration-review".equals(formId) ? "submit" : "next");
        page = browser.follow(browser.submit(form, node), node);
        return this;
    }

    public boolean onPage(String formId) {
        return page.findForm(formId).isPresent() || page.body().contains("id=\"" + formId + "\"");
    }

    /** The id of the submitted registration, from the confirmation page. */
    public String registrationId() {
        Matcher id = REGISTRATION_ID.matcher(page.body());
        if (!id.find()) {
            throw new AssertionError("not the confirmation page: " + page + "\n" + page.abbreviated());
        }
        return id.group(1);
    }

    /** Profile fields that pass validation. */
    public static Map<String, String> profile(String legalName, String contactEmail) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("legalName", legalName);
        fields.put("contactEmail", contactEmail);
        fields.put("street", "1 Rivet Road");
        fields.put("city", "Wichita");
        fields.put("region", "Kansas");
        fields.put("postalCode", "67201");
        fields.put("country", "United States");
        fields.put("phone", "+1 316 555 0100");
        fields.put("cageCode", "1AB23");
        fields.put("dunsNumber", "123456789");
        return fields;
    }

    public static Map<String, String> person(String first, String last, String email, String username) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", first);
        fields.put("lastName", last);
        fields.put("email", email);
        fields.put("username", username);
        fields.put("password", PASSWORD);
        fields.put("passwordConfirm", PASSWORD);
        return fields;
    }

    /** The secret number n with SHA-256(salt + n) = challenge (the ALTCHA-style captcha's answer). */
    static long solve(String salt, String challenge, long max) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (long n = 0; n <= max; n++) {
                if (HexFormat.of().formatHex(sha256.digest((salt + n).getBytes(StandardCharsets.UTF_8))).equals(challenge)) {
                    return n;
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("captcha without a solution up to " + max);
    }
}
