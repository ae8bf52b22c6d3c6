package io.mag.keycloak.cluster.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form of a Keycloak page, as a browser would submit it: its action and the values of its inputs
 * (hidden ones included); the test fills in the rest. Enough HTML reading for Keycloak's own
 * markup, not a general parser.
 */
public final class Form {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]*)\"");

    private final String action;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private Form(String action) {
        this.action = action;
    }

    static Optional<Form> parse(String html, String id) {
        Matcher start = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
        if (!start.find()) {
            return Optional.empty();
        }
        int end = html.indexOf("</form>", start.end());
        String inner = html.substring(start.end(), end < 0 ? html.length() : end);
        Matcher action = ACTION.matcher(start.group());
        Form form = new Form(action.find() ? unescape(action.group(1)) : "");
        Matcher input = INPUT.matcher(inner);
        while (input.find()) {
            String tag = input.group();
            Matcher name = NAME.matcher(tag);
            if (!name.find()) {
                continue;
            }
            Matcher type = TYPE.matcher(tag);
            String kind = type.find() ? type.group(1).toLowerCase() : "text";
            if ((kind.equals("checkbox") || kind.equals("radio")) && !tag.contains("checked")) {
                continue;
            }
            Matcher value = VALUE.matcher(tag);
            form.fields.putIfAbsent(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
        }
        return Optional.of(form);
    }

    public String action() {
        return action;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public Form set(String name, String value) {
        fields.put(name, value);
        return this;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#x3D;", "=").replace("&#61;", "=");
    }
}
