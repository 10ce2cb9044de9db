package com.example.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import dev.mcphex.ports.spi.ToolPack;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class WordCountToolPackTest {

    @Test
    void countWords_countsRunsOfNonSpace() {
        var result = WordCountToolPack.count(new ToolCall("count_words", Json.object().put("text", "  one two\nthree ")), null);
        assertThat(result.structuredContent().get("words").intValue()).isEqualTo(3);
    }

    @Test
    void countWords_withoutText_failsWithWordsForTheModel() {
        assertThatThrownBy(() -> WordCountToolPack.count(new ToolCall("count_words", null), null))
                .isInstanceOf(ToolExecutionException.class).hasMessageContaining("'text'");
    }

    @Test
    void thePack_isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(ToolPack.class).stream().map(p -> p.get().name())).containsExactly("wordcount");
    }
}
