package org.qitdb;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. The one setting made here is one Quarkus reads before any configuration: the HTTP layer's own
 * URI check answers a request it cannot parse (bad percent-encoding) with a bare 400 before any handler of the
 * service runs; turned off, such requests reach {@code org.qitdb.common.HttpFailureProblems}, which answers every
 * undecodable URI (also the ones the framework's check lets through: percent-encoded bytes that are not UTF-8) with
 * a problem document. The tests set the same property in the build.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
