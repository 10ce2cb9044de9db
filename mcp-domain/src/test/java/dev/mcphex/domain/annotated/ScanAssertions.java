package dev.mcphex.domain.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by the scanner tests. */
final class ScanAssertions {
    private ScanAssertions() {
    }

    /** Asserts that scanning the bean fails, for further checks of the message. */
    static AbstractThrowableAssert<?, ? extends Throwable> assertScanFails(Object bean) {
        return assertThatThrownBy(() -> AnnotatedHandlers.scan(bean)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Asserts that the call fails with an invalid-params protocol error naming the argument. */
    static void assertInvalidParams(ThrowingCallable call, String argument) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(McpProtocolException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS))
                .hasMessageContaining("'" + argument + "'");
    }
}
