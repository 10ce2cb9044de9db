package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.ports.driven.Health;
import java.util.Map;

/** A self-contained HTML page summing up the server's status; every dynamic string is escaped. */
final class StatusPage {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2rem;max-width:48rem;color:#222}"
            + "table{border-collapse:collapse}th,td{text-align:left;padding:.25rem 1rem .25rem 0}"
            + ".healthy,.UP{color:#1a7f37}.degraded,.DEGRADED{color:#9a6700}.unhealthy,.DOWN{color:#cf222e}";

    private StatusPage() {
    }

    static String render(ServerStatus status, HealthReport health) {
        String name = status.server().title() != null ? status.server().title() : status.server().name();
        StringBuilder html = new StringBuilder(2048)
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(name)).append(" status</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(name)).append("</h1>\n")
                .append("<p>Version ").append(escape(status.server().version()))
                .append(", up for ").append(status.uptime().toSeconds()).append(" s. Health: ")
                .append(label(health.overall().label())).append("</p>\n");
        html.append("<table>\n");
        row(html, "Protocol versions", String.join(", ", status.protocolVersions()));
        row(html, "Tools", status.tools());
        row(html, "Resources", status.resources());
        row(html, "Prompts", status.prompts());
        row(html, "Sessions", status.sessions());
        row(html, "Requests in flight", status.inFlight());
        row(html, "Open streams", status.openStreams());
        row(html, "Requests", status.requests());
        row(html, "Errors", status.errors());
        html.append("</table>\n");
        components(html, health.components());
        return html.append("<p><a href=\"/tools\">Tools</a> · <a href=\"/health\">Health</a> · ")
                .append("<a href=\"/api/status\">Status</a> · <a href=\"/metrics\">Metrics</a></p>\n")
                .append("</body>\n</html>\n")
                .toString();
    }

    private static void components(StringBuilder html, Map<String, Health> components) {
        if (components.isEmpty()) {
            return;
        }
        html.append("<h2>Dependencies</h2>\n<table>\n");
        components.forEach((component, health) -> html.append("<tr><th>").append(escape(component))
                .append("</th><td>").append(label(health.status().name())).append("</td><td>")
                .append(escape(health.detail() == null ? "" : health.detail())).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    private static void row(StringBuilder html, String label, Object value) {
        html.append("<tr><th>").append(label).append("</th><td>")
                .append(escape(String.valueOf(value))).append("</td></tr>\n");
    }

    private static String label(String status) {
        String text = escape(status);
        return "<strong class=\"" + text + "\">" + text + "</strong>";
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
