package org.qitdb.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

/**
 * What a JSON body that could not be read means to its sender: an unknown field, a value of the wrong type at a
 * field path, or text that is not JSON at a line and column. The messages are written here, never taken from the
 * library, so no class name reaches a client. Used for request bodies and for merge patches alike.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static Refusal refusal(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new Refusal.InvalidBody(List.of(new FieldError(field, "unknown field")));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            if (field.isEmpty()) {
                return Refusal.MalformedBody.of("the body does not have the expected JSON shape");
            }
            String message = mismatch instanceof JsonConfiguration.NulCharacterException ? JsonConfiguration.NUL_MESSAGE
                    : "expected " + (mismatch.getTargetType() == null ? "another type" : describe(mismatch.getTargetType()));
            return new Refusal.InvalidBody(List.of(new FieldError(field, message)));
        }
        if (e instanceof JsonParseException parse) {
            var location = parse.getLocation();
            if (location == null) {
                return Refusal.MalformedBody.of("the body is not valid JSON");
            }
            return new Refusal.MalformedBody("the body is not valid JSON at line " + location.getLineNr() + ", column "
                    + location.getColumnNr(), location.getLineNr(), location.getColumnNr(), null);
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        return Refusal.MalformedBody.of(field.isEmpty() ? "the body could not be read as the expected JSON"
                : field + ": value cannot be read");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        return "an object";
    }
}
