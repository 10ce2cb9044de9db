package dev.mcphex.domain.annotated;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.spi.annotations.McpParam;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import tools.jackson.databind.AnnotationIntrospector;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper that binds arguments and serializes results: the shared {@link Json#MAPPER}, plus the
 * renames that {@link McpParam#name()} declares on record components, so that the JSON matches the
 * derived schemas.
 */
final class Binding {
    static final JsonMapper MAPPER = withParamNames(Json.MAPPER);

    private Binding() {
    }

    /** The Jackson type of a Java type, constructed once at scan time. */
    static JavaType javaType(Type type) {
        return MAPPER.getTypeFactory().constructType(type);
    }

    private static JsonMapper withParamNames(JsonMapper base) {
        JsonMapper.Builder builder = base.rebuild();
        return builder.annotationIntrospector(AnnotationIntrospector.pair(new ParamNames(),
                builder.annotationIntrospector())).build();
    }

    /** Reads {@link McpParam#name()} from record components. */
    private static final class ParamNames extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated annotated) {
            return declaredName(annotated);
        }

        @Override
        public PropertyName findNameForSerialization(MapperConfig<?> config, Annotated annotated) {
            return declaredName(annotated);
        }

        private static PropertyName declaredName(Annotated annotated) {
            McpParam param = annotated instanceof AnnotatedParameter parameter
                    ? parameter.getAnnotation(McpParam.class)
                    : annotated instanceof AnnotatedMember member ? component(member) : null;
            return param == null || param.name().isEmpty() ? null : PropertyName.construct(param.name());
        }

        private static McpParam component(AnnotatedMember member) {
            Class<?> owner = member.getDeclaringClass();
            if (!owner.isRecord()) {
                return null;
            }
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getName().equals(member.getName())) {
                    return component.getAnnotation(McpParam.class);
                }
            }
            return null;
        }
    }
}
