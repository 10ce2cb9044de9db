package dev.mcphex.domain.annotated;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Naming rules shared by the annotation scanners. */
final class Names {
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern LEVEL_ONE_NAME = Pattern.compile("[A-Za-z0-9_]+");

    private Names() {
    }

    /** {@code findUserByID} becomes {@code find_user_by_id}. */
    static String snakeCase(String camel) {
        return camel.replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }

    /** The annotation's value, or the fallback when it is empty. */
    static String orDefault(String declared, String fallback) {
        return declared.isEmpty() ? fallback : declared;
    }

    /** The value, or {@code null} when it is blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * The declared name, or the method's name in snake_case; fails when the description is blank.
     *
     * @param annotation how errors name the annotation, such as {@code @McpTool}
     */
    static String nameWithDescription(Method method, String annotation, String declaredName, String description) {
        if (description.isBlank()) {
            throw new IllegalArgumentException(of(method) + ": " + annotation + " needs a description");
        }
        return orDefault(declaredName, snakeCase(method.getName()));
    }

    /** How errors name a method: {@code com.example.Notes.find}. */
    static String of(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }

    /** Whether a resource URI is an RFC 6570 template. */
    static boolean isTemplate(String uri) {
        return uri.contains("{");
    }

    /** The variables of an RFC 6570 level-1 template, in order of appearance. */
    static List<String> templateVariables(String template) {
        List<String> variables = new ArrayList<>();
        Matcher matcher = TEMPLATE_VARIABLE.matcher(template);
        while (matcher.find()) {
            String variable = matcher.group(1);
            if (!LEVEL_ONE_NAME.matcher(variable).matches()) {
                throw new IllegalArgumentException("unsupported URI template variable {" + variable + "} in "
                        + template + ": only simple {name} variables are supported");
            }
            if (variables.contains(variable)) {
                throw new IllegalArgumentException("URI template variable {" + variable + "} appears twice in "
                        + template);
            }
            variables.add(variable);
        }
        return variables;
    }
}
