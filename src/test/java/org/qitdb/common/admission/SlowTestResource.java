package org.qitdb.common.admission;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: an API request that takes as long as asked, to fill the service's places. Not in the contract. */
@Path("/api/v1/test-only/slow")
public class SlowTestResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String slow(@QueryParam("ms") int ms) throws InterruptedException {
        Thread.sleep(ms);
        return "done";
    }
}
