package org.hotspot.common.web;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hotspot.common.problem.ProblemException;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Converts query, path and header parameters of the usual types and, when a value does not fit,
 * answers 400 naming the parameter and the form it takes. JAX-RS would answer a query parameter it
 * cannot convert with a bare 404, as if the endpoint did not exist ({@code from=abc} on a date).
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == Instant.class) {
            return (ParamConverter<T>) strict(name, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z",
                    Instant::parse);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) strict(name, "must be a date such as 2026-12-01", LocalDate::parse);
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) strict(name, "must be a whole number", value -> Integer.valueOf(value.trim()));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) strict(name, "must be a whole number", value -> Long.valueOf(value.trim()));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) strict(name, "must be true or false", ParameterConverters::bool);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) strict(name, "must be a UUID", UUID::fromString);
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) strict(name, "must be one of " + constants(rawType),
                    value -> Enum.valueOf((Class<Enum>) rawType, value.trim()));
        }
        return null;
    }

    private static <T> ParamConverter<T> strict(String name, String form, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw ProblemException.invalidField(name, form);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** Boolean.valueOf reads every typo as false; "yes" should not quietly mean no. */
    private static Boolean bool(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException();
        };
    }

    private static String constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            String name = annotation instanceof QueryParam query ? query.value()
                    : annotation instanceof PathParam path ? path.value()
                    : annotation instanceof HeaderParam header ? header.value()
                    : annotation instanceof CookieParam cookie ? cookie.value()
                    : annotation instanceof FormParam form ? form.value()
                    : annotation instanceof RestQuery query ? query.value()
                    : annotation instanceof RestPath path ? path.value()
                    : "";
            if (!name.isEmpty()) {
                return name;
            }
        }
        return "parameter";
    }
}
