package org.qitdb.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Rejects query parameters that an endpoint does not declare, for every endpoint at once: a misspelt
 * filter ({@code ?organisation=ETSI}) must fail loudly rather than silently return everything.
 * The accepted names are read from the resource method's {@code @QueryParam} parameters.
 */
public class QueryParameterGuard {

    private final Map<Method, Set<String>> declaredByMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUnknownQueryParameters(UriInfo uriInfo, SimpleResourceInfo resource) {
        if (resource == null || resource.getMethodName() == null) {
            return;
        }
        Set<String> declared = declaredByMethod.computeIfAbsent(methodOf(resource), QueryParameterGuard::queryParameters);
        for (String name : uriInfo.getQueryParameters().keySet()) {
            if (!declared.contains(name)) {
                String accepted = declared.isEmpty() ? "none" : String.join(", ", declared);
                throw Refused.invalidParameter(name,
                        "unknown query parameter '" + name + "'; accepted here: " + accepted);
            }
        }
    }

    private static Method methodOf(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("resource method not found", e);
        }
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }
}
