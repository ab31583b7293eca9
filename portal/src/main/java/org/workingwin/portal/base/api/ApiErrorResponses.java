package org.workingwin.portal.base.api;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's answer to every error Micronaut itself raises (JSON it cannot read, a value of the wrong type,
 * a missing body or parameter, an unknown address or method): the same {@code {"message", "fields"}} as
 * our own errors, a 400 naming each field at fault in plain words, and never the framework's or Java's
 * wording (which names classes and internals).
 */
@Primary
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ApiErrorResponses implements ErrorResponseProcessor<ApiErrors.ApiError> {

    /** Micronaut Serde names the property it failed on: "Error decoding property [Double hoursMin] ...". */
    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:([\\w.$<>?, ]+) )?(\\w+)\\]");

    @Override
    public MutableHttpResponse<ApiErrors.ApiError> processResponse(ErrorContext context,
                                                                  MutableHttpResponse<?> response) {
        int status = response.code();
        Map<String, String> fields = status == 400 ? fieldsOf(context) : Map.of();
        String message = switch (status) {
            case 400 -> "Some values are not valid";
            case 401 -> "Send a valid API token";
            case 403 -> "You are not allowed to do this";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not take this method";
            case 406, 415 -> "Send and accept application/json";
            case 413 -> "The request is too large";
            default -> status >= 500 ? "Something went wrong. Please try again later"
                    : "This request could not be handled";
        };
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(new ApiErrors.ApiError(message, fields));
    }

    static Map<String, String> fieldsOf(ErrorContext context) {
        Map<String, String> fields = new LinkedHashMap<>();
        Throwable root = context.getRootCause().orElse(null);
        if (root instanceof ConversionErrorException e) {
            List<String[]> path = properties(e);
            if (!path.isEmpty()) {
                String[] last = path.getLast();
                fields.put(String.join(".", path.stream().map(p -> p[1]).toList()), expected(last[0]));
            } else if (isBody(e.getArgument())) {
                fields.put("body", "Send a JSON object with the documented fields and types");
            } else {
                fields.put(e.getArgument().getName(), expected(e.getArgument()));
            }
        } else if (root instanceof UnsatisfiedRouteException e) {
            fields.put(isBody(e.getArgument()) ? "body" : e.getArgument().getName(),
                    isBody(e.getArgument()) ? "Send a JSON object with the documented fields" : "Give a value");
        } else {
            fields.put("body", "Send valid JSON (UTF-8) with the documented fields and types");
        }
        return fields;
    }

    private static boolean isBody(Argument<?> argument) {
        Class<?> type = argument.getType();
        return !(type.isPrimitive() || Number.class.isAssignableFrom(type) || type == String.class
                || type == Boolean.class || Collection.class.isAssignableFrom(type) || type == LocalDate.class);
    }

    private static List<String[]> properties(Throwable e) {
        List<String[]> found = new ArrayList<>();
        for (Throwable t = e; t != null && found.isEmpty(); t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (m.find()) {
                found.add(new String[] {m.group(1) == null ? "" : m.group(1), m.group(2)});
            }
        }
        return found;
    }

    private static String expected(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "Give a whole number";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return "Give a number";
        }
        return expected(type.getSimpleName());
    }

    private static String expected(String type) {
        String t = type.replaceAll("<.*", "");
        return switch (t) {
            case "Integer", "int", "Long", "long" -> "Give a whole number";
            case "Double", "double", "BigDecimal", "Float" -> "Give a number";
            case "Boolean", "boolean" -> "Give true or false";
            case "List", "Set", "Collection" -> "Give a list (a JSON array) of text values";
            case "Map" -> "Give an object (a JSON object) of names and text values";
            case "LocalDate" -> "Give a date like 2026-05-31";
            case "String" -> "Give text";
            default -> "Give a value of the documented type";
        };
    }
}
