package org.qitdb.landscape.api;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.ContentCodings;
import org.qitdb.landscape.service.LandscapeRequest;
import org.qitdb.landscape.service.LandscapeService;
import org.qitdb.standard.api.StandardResource;
import org.qitdb.standard.StandardVocabulary;
import org.qitdb.security.CurrentCaller;

@Path("/api/v1/landscape")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Landscape", description = "Analysis of the standardization landscape: who works on what, overlaps, gaps, trends")
public class LandscapeResource {

    /** Clients and shared caches may keep an answer but must revalidate it (cheaply, with its ETag) before use. */
    static final String CACHE_CONTROL = "public, no-cache";

    @Inject
    LandscapeService service;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(summary = "Analyse the landscape of a topic subtree",
            description = "For the topic (default `qit`, the whole tree) and its sub-topics, under the filters of `GET /standards`: "
                    + "`matrix` counts entries by topic × organization × status, a topic's counts including its sub-topics; "
                    + "`overlaps` lists topics where two or more organizations have published or in-development entries filed "
                    + "under the topic itself, with the entries (entries linked by an `equivalent` relation count once and are "
                    + "shown as pairs); `gaps` lists topics with no published entry, telling those with work in development apart; "
                    + "`timeline` counts entries per publication year and organization; `equivalents` lists the common texts. "
                    + "The weak `ETag` changes whenever any entry or the reference data changes; send it in `If-None-Match` "
                    + "to get 304.")
    @APIResponse(responseCode = "200", description = "The analysis",
            headers = {@Header(name = "ETag", ref = "WeakETag"), @Header(name = "Cache-Control", description = "public, no-cache: keep it, revalidate before use",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = Landscape.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match", headers = @Header(name = "ETag", ref = "WeakETag"))
    @APIResponse(responseCode = "400", description = "Unknown parameter, unknown topic or organization, bad value, or malformed "
            + "If-None-Match; the problem names the parameter")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none; a valid one may show entries the inclusion policy hides from anonymous readers)")
    public RestResponse<Object> analyseLandscape(
            @Parameter(description = "Root of the analysed topic subtree (default qit, the whole tree)", schema = @Schema(type = SchemaType.STRING),
                    example = "qkdn") @QueryParam("topic") List<String> topic,
            @Parameter(description = "Organization code, slug, name or alias; repeatable (OR)", style = ParameterStyle.FORM, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("organization") List<String> organization,
            @Parameter(description = "Group code; repeatable (OR)", style = ParameterStyle.FORM, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("group") List<String> group,
            @Parameter(description = "Canonical status; repeatable (OR)", style = ParameterStyle.FORM, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StandardVocabulary.Status.class)) @QueryParam("status") List<String> status,
            @Parameter(description = "Document type; repeatable (OR)", style = ParameterStyle.FORM, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StandardVocabulary.DocumentType.class)) @QueryParam("documentType") List<String> documentType,
            @Parameter(description = "Published on or after: YYYY, YYYY-MM or YYYY-MM-DD",
                    schema = @Schema(type = SchemaType.STRING, pattern = StandardResource.PARTIAL_DATE)) @QueryParam("publishedFrom") List<String> publishedFrom,
            @Parameter(description = "Published on or before: YYYY, YYYY-MM or YYYY-MM-DD",
                    schema = @Schema(type = SchemaType.STRING, pattern = StandardResource.PARTIAL_DATE)) @QueryParam("publishedTo") List<String> publishedTo,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of an analysis the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpHeaders headers, @Context HttpServerRequest connection) {
        LandscapeRequest request = service.parse(new LandscapeRequest.Parameters(topic, organization, group, status,
                documentType, publishedFrom, publishedTo), currentCaller.find());
        LandscapeService.Answer answer = service.analyse(request, ifNoneMatch);
        RestResponse.ResponseBuilder<Object> response;
        if (answer.notModified()) {
            response = RestResponse.ResponseBuilder.notModified();
        } else {
            // the body is the cached, gzip-compressed serialization of a Landscape (see the 200 response above)
            byte[] gzipJson = answer.gzipJson().orElseThrow();
            // Over HTTP/2 the server's own compression takes a Content-Encoding set here as the order to compress
            // (again): there the JSON goes out inflated and the server compresses it when the client asks for it.
            boolean asIs = connection.version() != HttpVersion.HTTP_2
                    && ContentCodings.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
            response = asIs
                    ? RestResponse.ResponseBuilder.ok((Object) gzipJson, MediaType.APPLICATION_JSON_TYPE)
                            .header(HttpHeaders.CONTENT_ENCODING, "gzip")
                    : RestResponse.ResponseBuilder.ok((Object) inflating(gzipJson), MediaType.APPLICATION_JSON_TYPE);
        }
        // the weak tag names the analysis in either coding
        return response.header(HttpHeaders.ETAG, answer.entityTag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.AUTHORIZATION).build();
    }

    /** Writes the JSON while inflating it, so that a large answer is never held uncompressed per request. */
    private static StreamingOutput inflating(byte[] gzipJson) {
        return out -> {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipJson), 64 * 1024)) {
                // large writes: each one goes out as it is, small ones cost a chunk each
                byte[] buffer = new byte[256 * 1024];
                for (int n = in.readNBytes(buffer, 0, buffer.length); n > 0; n = in.readNBytes(buffer, 0, buffer.length)) {
                    out.write(buffer, 0, n);
                }
            }
        };
    }
}
