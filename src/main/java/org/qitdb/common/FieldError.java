package org.qitdb.common;

/** One invalid field of a request body: which field, and what is wrong with it. */
public record FieldError(String field, String message) {
}
