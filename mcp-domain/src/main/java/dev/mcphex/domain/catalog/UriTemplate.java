package dev.mcphex.domain.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches URIs against an RFC 6570 template. Supports simple ({@code {var}}), reserved ({@code {+var}})
 * and fragment ({@code {#var}}) expressions, and comma-separated variable lists; simple expressions
 * match one path segment, reserved ones any run of characters.
 */
public final class UriTemplate {
    private static final Pattern EXPRESSION = Pattern.compile("\\{([+#]?)([A-Za-z0-9_.,]+)}");

    private final String template;
    private final Pattern pattern;
    private final List<String> variables;

    public UriTemplate(String template) {
        this.template = template;
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher m = EXPRESSION.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            String operator = m.group(1);
            String valueClass = operator.isEmpty() ? "[^/?#&,]*" : ".*?";
            if ("#".equals(operator)) {
                regex.append('#');
            }
            String[] listed = m.group(2).split(",");
            for (int i = 0; i < listed.length; i++) {
                if (i > 0) {
                    regex.append(',');
                }
                names.add(listed[i]);
                regex.append('(').append(valueClass).append(')');
            }
            last = m.end();
        }
        if (template.indexOf('{', last) >= 0 || template.substring(last).contains("}")) {
            throw new IllegalArgumentException("unsupported URI template: " + template);
        }
        regex.append(Pattern.quote(template.substring(last))).append('$');
        this.pattern = Pattern.compile(regex.toString());
        this.variables = List.copyOf(names);
    }

    public String template() {
        return template;
    }

    /** The template's variable names, in order. */
    public List<String> variables() {
        return variables;
    }

    /** The variables extracted from {@code uri}, or {@code null} when it does not match. */
    public Map<String, String> match(String uri) {
        Matcher m = pattern.matcher(uri);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            values.put(variables.get(i), java.net.URLDecoder.decode(m.group(i + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return values;
    }
}
