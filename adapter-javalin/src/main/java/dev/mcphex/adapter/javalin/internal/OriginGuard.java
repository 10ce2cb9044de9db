package dev.mcphex.adapter.javalin.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests whose {@code Host} or {@code Origin} names a host outside the allowlist, so a web page
 * on another site cannot reach a local server through DNS rebinding. Ports are not compared.
 */
public final class OriginGuard {
    private final Set<String> allowedHosts;
    private final Set<String> corsOrigins;

    public OriginGuard(Set<String> allowedHosts, Set<String> corsOrigins) {
        this.allowedHosts = allowedHosts;
        this.corsOrigins = corsOrigins;
    }

    /** Why the request is refused, or {@code null} when it is allowed. */
    public String refusal(String host, String origin) {
        if (host == null || !allowedHosts.contains(hostName(host))) {
            return "Invalid Host: " + (host == null ? "(none)" : host);
        }
        if (origin != null && !corsOrigins.contains("*") && !corsOrigins.contains(origin)) {
            String originHost = originHost(origin);
            if (originHost == null || !allowedHosts.contains(originHost)) {
                return "Invalid Origin: " + origin;
            }
        }
        return null;
    }

    /** {@code example.com:8000} → {@code example.com}; {@code [::1]:8000} → {@code [::1]}. */
    static String hostName(String hostHeader) {
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String originHost(String origin) {
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
