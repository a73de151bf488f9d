package org.qitdb.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ContractValidation} in front of every REST Assured request of every {@code @QuarkusTest}: each answer
 * of the HTTP contract tests is checked against the committed OpenAPI document. Registered in
 * {@code META-INF/services}; {@code -Dqitdb.contract.validation=false} switches it off while a spec change is drafted.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!Boolean.parseBoolean(System.getProperty("qitdb.contract.validation", "true"))) {
            return;
        }
        if (RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
            RestAssured.filters(ContractValidation.INSTANCE);
        }
    }
}
