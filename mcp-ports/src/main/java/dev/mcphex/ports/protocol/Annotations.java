package dev.mcphex.ports.protocol;

import java.util.List;

/**
 * Hints about how a content block or resource is meant to be used.
 *
 * @param audience     who the content is for; empty means unspecified
 * @param priority     importance from 0 (least) to 1 (most), or {@code null}
 * @param lastModified ISO 8601 timestamp, or {@code null}
 */
public record Annotations(List<Role> audience, Double priority, String lastModified) {
    public Annotations {
        audience = audience == null ? List.of() : List.copyOf(audience);
        if (priority != null && (priority < 0 || priority > 1)) {
            throw new IllegalArgumentException("priority must be between 0 and 1");
        }
    }
}
