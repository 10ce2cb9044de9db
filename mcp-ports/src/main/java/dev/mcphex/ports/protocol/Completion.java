package dev.mcphex.ports.protocol;

import java.util.List;

/**
 * Suggestions for an argument value ({@code completion/complete}).
 *
 * @param values  at most 100 suggestions
 * @param total   optional total number of matches
 * @param hasMore whether more matches exist than were returned
 */
public record Completion(List<String> values, Integer total, Boolean hasMore) {
    public static final int MAX_VALUES = 100;
    public static final Completion EMPTY = new Completion(List.of(), 0, false);

    public Completion {
        values = List.copyOf(values);
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("at most " + MAX_VALUES + " completion values");
        }
    }

    /** The candidates that start with {@code prefix}, capped at 100, with the total and hasMore set. */
    public static Completion matching(String prefix, List<String> candidates) {
        List<String> matches = candidates.stream().filter(c -> c.startsWith(prefix == null ? "" : prefix)).toList();
        List<String> page = matches.size() > MAX_VALUES ? matches.subList(0, MAX_VALUES) : matches;
        return new Completion(page, matches.size(), matches.size() > page.size());
    }
}
