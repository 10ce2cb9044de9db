package dev.mcphex.domain.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.annotations.McpTool;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classes compiled without {@code -parameters} have no parameter names to derive argument names from. */
class ParameterNamesTest {
    @TempDir
    Path dir;

    private Object compileWithoutParameterNames(String className, String source) throws Exception {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        String classpath = Path.of(McpTool.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", classpath, "-d", dir.toString(), file.toString());
        assertThat(status).isZero();
        URLClassLoader loader = new URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader());
        return loader.loadClass(className).getConstructor().newInstance();
    }

    @Test
    void unnamedParameterWithoutMcpParamName_failsAtScan() throws Exception {
        Object bean = compileWithoutParameterNames("Unnamed", """
                public class Unnamed {
                    @dev.mcphex.ports.spi.annotations.McpTool(description = "Echoes")
                    public String echo(String text) { return text; }
                }
                """);

        assertThatThrownBy(() -> AnnotatedHandlers.scan(bean))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unnamed.echo")
                .hasMessageContaining("-parameters")
                .hasMessageContaining("@McpParam(name = ...)");
    }

    @Test
    void mcpParamName_replacesTheMissingParameterName() throws Exception {
        Object bean = compileWithoutParameterNames("Named", """
                import dev.mcphex.ports.spi.annotations.*;
                public class Named {
                    @McpTool(description = "Echoes")
                    public String echo(@McpParam(name = "text") String text) { return text; }
                }
                """);

        List<Tool> tools = AnnotatedHandlers.scan(bean).tools();

        assertThat(tools.get(0).definition().inputSchema().get("required").get(0).stringValue()).isEqualTo("text");
    }
}
