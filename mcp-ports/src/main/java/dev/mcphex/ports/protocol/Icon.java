package dev.mcphex.ports.protocol;

import java.util.List;
import java.util.Objects;

/**
 * An icon for display by clients (2025-11-25 and later).
 *
 * @param src      an https: or data: URI
 * @param mimeType optional MIME type
 * @param sizes    optional sizes such as {@code "48x48"} or {@code "any"}
 * @param theme    optional {@code "light"} or {@code "dark"}
 */
public record Icon(String src, String mimeType, List<String> sizes, String theme) {
    public Icon {
        Objects.requireNonNull(src, "src");
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
    }

    public static Icon of(String src) {
        return new Icon(src, null, List.of(), null);
    }
}
