package dev.mcphex.distribution.config;

import java.util.Locale;
import java.util.regex.Pattern;

/** Hides secrets in configuration values before they are printed or logged. */
public final class Secrets {
    /** What a hidden value is shown as. */
    public static final String MASK = "****";

    private static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|PASSWORD|PASSWD|TOKEN|KEY).*");
    // scheme://user:password@host — the password is what goes.
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/:@\\s]*:)[^@/\\s]*@");
    private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)([?&](password|secret|token)=)[^&\\s]*");

    private Secrets() {
    }

    /** Whether a setting of this name holds a secret as a whole. */
    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches();
    }

    /** The value as it may be shown: wholly masked for secret names, with passwords inside URLs masked otherwise. */
    public static String mask(String name, String value) {
        if (value.isEmpty()) {
            return value;
        }
        if (isSecretName(name)) {
            return MASK;
        }
        String masked = URL_PASSWORD.matcher(value).replaceAll("$1" + MASK + "@");
        return QUERY_PASSWORD.matcher(masked).replaceAll("$1" + MASK);
    }
}
