package dev.mcphex.domain.catalog;

import dev.mcphex.ports.jsonrpc.McpProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a list and the opaque cursor of the next. Cursors encode an offset; a cursor that was
 * not minted here is rejected with invalid params.
 *
 * @param items      this page's items
 * @param nextCursor the cursor of the next page, or {@code null} at the end
 */
public record Page<T>(List<T> items, String nextCursor) {
    private static final String PREFIX = "mcphex-page:";

    /** Cuts the page that {@code cursor} points at out of {@code all}. */
    public static <T> Page<T> of(List<T> all, String cursor, int pageSize) {
        int offset = cursor == null ? 0 : decode(cursor);
        if (offset > all.size()) {
            throw McpProtocolException.invalidParams("Invalid cursor: past the end of the list");
        }
        int end = Math.min(all.size(), offset + pageSize);
        String next = end < all.size() ? encode(end) : null;
        return new Page<>(all.subList(offset, end), next);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException("foreign cursor");
            }
            int offset = Integer.parseInt(text.substring(PREFIX.length()));
            if (offset < 0) {
                throw new IllegalArgumentException("negative offset");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw McpProtocolException.invalidParams("Invalid cursor");
        }
    }
}
