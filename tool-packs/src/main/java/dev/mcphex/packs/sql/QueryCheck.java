package dev.mcphex.packs.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap, lexical look at a query before it reaches the database: it must be one statement, and the
 * schemas it names where a schema is certain must be allowed. The read-only transaction, not this check,
 * is what keeps data from changing.
 *
 * <p>A name counts as schema-qualified when it is {@code a.b} right after {@code FROM}, {@code JOIN} or a
 * comma of a {@code FROM} list, {@code a.b(} (a function), or {@code a.b.c} anywhere (a column); then
 * {@code a} must be allowed. What the check cannot see: unqualified names, which PostgreSQL resolves
 * through {@code search_path} (the allowlist, then the always-searched {@code pg_catalog}, so
 * {@code pg_tables} and friends stay readable); views and functions in an allowed schema that read other
 * schemas; and dynamic SQL inside functions. Give the pack's database role access to nothing else.
 */
final class QueryCheck {
    private static final Set<String> FROM_LIST_ENDS = Set.of("where", "group", "order", "limit", "having", "window",
            "union", "intersect", "except", "on", "using", "returning", "for", "offset", "fetch");
    private static final Set<String> TABLE_PREFIXES = Set.of("only", "lateral");

    private QueryCheck() {
    }

    /** A token: its kind and its text (lower-cased for unquoted words). */
    private record Token(Kind kind, String text) {
        boolean is(Kind other) {
            return kind == other;
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }
    }

    private enum Kind { WORD, QUOTED, DOT, COMMA, OPEN, CLOSE, SEMICOLON, OTHER }

    /**
     * What is wrong with the query, or empty when the check finds nothing.
     *
     * @param allowed the allowed schemas, lower-case
     */
    static Optional<String> problem(String sql, List<String> allowed) {
        List<Token> tokens;
        try {
            tokens = tokens(sql);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        int last = tokens.size();
        while (last > 0 && tokens.get(last - 1).is(Kind.SEMICOLON)) {
            last--;
        }
        if (last == 0) {
            return Optional.of("The query is empty");
        }
        tokens = tokens.subList(0, last);
        if (tokens.stream().anyMatch(t -> t.is(Kind.SEMICOLON))) {
            return Optional.of("Only one statement may be run at a time; remove the semicolons between statements");
        }
        Set<String> allowedSet = new HashSet<>(allowed);
        for (String schema : schemasNamed(tokens)) {
            if (!allowedSet.contains(schema)) {
                return Optional.of("The schema " + schema + " is not one this tool may read; allowed: "
                        + String.join(", ", allowed));
            }
        }
        return Optional.empty();
    }

    private static Set<String> schemasNamed(List<Token> tokens) {
        Set<String> schemas = new HashSet<>();
        List<Boolean> inFromList = new ArrayList<>(List.of(false));
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int depth = inFromList.size() - 1;
            if (token.is(Kind.OPEN)) {
                inFromList.add(false);
            } else if (token.is(Kind.CLOSE) && depth > 0) {
                inFromList.removeLast();
            } else if (token.isWord("from") || token.isWord("join")) {
                inFromList.set(depth, true);
                qualifier(tokens, i + 1).ifPresent(schemas::add);
            } else if (token.is(Kind.COMMA) && inFromList.get(depth)) {
                qualifier(tokens, i + 1).ifPresent(schemas::add);
            } else if (token.kind() == Kind.WORD && FROM_LIST_ENDS.contains(token.text())) {
                inFromList.set(depth, false);
            }
            if (token.isName() && at(tokens, i + 1, Kind.DOT) && isName(tokens, i + 2)
                    && (at(tokens, i + 3, Kind.DOT) && isName(tokens, i + 4) || at(tokens, i + 3, Kind.OPEN))
                    && !at(tokens, i - 1, Kind.DOT)) {
                schemas.add(token.text());
            }
        }
        return schemas;
    }

    /** The schema of a {@code schema.table} at {@code start}, past {@code ONLY} or {@code LATERAL}. */
    private static Optional<String> qualifier(List<Token> tokens, int start) {
        int i = start;
        while (i < tokens.size() && tokens.get(i).kind() == Kind.WORD && TABLE_PREFIXES.contains(tokens.get(i).text())) {
            i++;
        }
        return isName(tokens, i) && at(tokens, i + 1, Kind.DOT) && isName(tokens, i + 2)
                ? Optional.of(tokens.get(i).text()) : Optional.empty();
    }

    private static boolean at(List<Token> tokens, int i, Kind kind) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(kind);
    }

    private static boolean isName(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isName();
    }

    /** The query's tokens, with string literals and comments left out. */
    private static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = blockCommentEnd(sql, i);
            } else if (c == '\'') {
                i = quotedEnd(sql, i, '\'', "string literal");
            } else if (c == '"') {
                int end = quotedEnd(sql, i, '"', "quoted identifier");
                tokens.add(new Token(Kind.QUOTED, sql.substring(i + 1, end - 1).replace("\"\"", "\"")));
                i = end;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                if (end < 0) {
                    throw new IllegalArgumentException("The query has an unterminated dollar-quoted string");
                }
                i = end + tag.length();
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                    i++;
                }
                if (i < n && sql.charAt(i) == '\'' && i - start <= 2) {
                    // E'…', B'…', X'…', U&'…' prefixes: the literal follows
                    continue;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i).toLowerCase(Locale.ROOT)));
            } else {
                tokens.add(new Token(switch (c) {
                    case '.' -> Kind.DOT;
                    case ',' -> Kind.COMMA;
                    case '(' -> Kind.OPEN;
                    case ')' -> Kind.CLOSE;
                    case ';' -> Kind.SEMICOLON;
                    default -> Kind.OTHER;
                }, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    private static int blockCommentEnd(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i + 1 < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("The query has an unterminated comment");
    }

    /** The index after a quoted run that starts at {@code start}; a doubled quote stays inside. */
    private static int quotedEnd(String sql, int start, char quote, String what) {
        boolean backslashEscapes = quote == '\'' && start > 0 && (sql.charAt(start - 1) == 'e' || sql.charAt(start - 1) == 'E');
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("The query has an unterminated " + what);
    }

    /** The {@code $tag$} that starts at {@code start}, or {@code null} when none does (a {@code $1} parameter, say). */
    private static String dollarTag(String sql, int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        if (i < sql.length() && sql.charAt(i) == '$' && (i == start + 1 || !Character.isDigit(sql.charAt(start + 1)))) {
            return sql.substring(start, i + 1);
        }
        return null;
    }
}
