package dev.mcphex.packs.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryCheckTest {
    private static final List<String> ALLOWED = List.of("public", "sales");

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM orders", "SELECT * FROM sales.orders o JOIN public.customers c ON o.c = c.id",
            "SELECT o.id, c.name FROM orders o, customers c", "SELECT 'a; DROP TABLE x' AS s;",
            "SELECT 1 -- ; comment\n", "SELECT $$ hr.secrets; $$", "SELECT \"sales\".orders.id FROM sales.orders",
            "SELECT * FROM (SELECT 1) x, LATERAL (SELECT 2) y", "SELECT E'it\\'s; hr.t' ", "SELECT /* a /* b; */ ; */ 1",
            "SELECT now()", "SELECT x.y FROM t x WHERE x.y IN (SELECT z FROM sales.q)"})
    void queriesOverAllowedSchemas_pass(String sql) {
        assertThat(QueryCheck.problem(sql, ALLOWED)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM hr.salaries", "SELECT * FROM orders JOIN hr.people p ON true",
            "SELECT * FROM orders o, hr.people p", "SELECT * FROM ONLY hr.people", "SELECT hr.people.name FROM x",
            "SELECT hr.leak(1)", "SELECT * FROM \"HR\".people", "SELECT * FROM (SELECT * FROM hr.people) p",
            "SELECT * FROM orders WHERE id IN (SELECT id FROM public.a, hr.b)"})
    void namesOfOtherSchemas_areRefused(String sql) {
        assertThat(QueryCheck.problem(sql, ALLOWED)).get().asString().contains("is not one this tool may read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 1; SELECT 2", "COMMIT; DELETE FROM orders", "SELECT 1;; SELECT 2"})
    void severalStatements_areRefused(String sql) {
        assertThat(QueryCheck.problem(sql, ALLOWED)).get().asString().contains("one statement");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 'open", "SELECT /* open", "SELECT $a$ open", "  ;  "})
    void unterminatedOrEmptyQueries_areRefused(String sql) {
        assertThat(QueryCheck.problem(sql, ALLOWED)).isPresent();
    }
}
