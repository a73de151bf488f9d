package org.qitdb.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * A refusal that ends the connection says so with {@code Connection: close} on HTTP/1.1 only: HTTP/2 forbids
 * connection-specific headers (RFC 9113, 8.2.2), and the JDK's client refuses such an answer as malformed instead of
 * reading its problem document.
 */
@QuarkusTest
class ConnectionHeaderTest {

    @TestHTTPResource("/api/v1/submissions")
    URL submissions;

    @Test
    void aBodyDeclaredTooLargeIsRefusedWithConnectionCloseOnHttp1AndWithoutItOnHttp2() throws Exception {
        HttpResponse<String> http1 = tooLarge(HttpClient.Version.HTTP_1_1);
        assertThat(http1.statusCode()).isEqualTo(413);
        assertThat(http1.headers().firstValue("connection")).contains("close");

        HttpResponse<String> http2 = tooLarge(HttpClient.Version.HTTP_2);
        assertThat(http2.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(http2.statusCode()).isEqualTo(413);
        assertThat(http2.headers().map()).doesNotContainKey("connection");
        assertThat(http2.body()).contains("\"status\":413");
    }

    /** A POST whose declared length is over the limit (2 MB in tests), on a connection already upgraded to the version. */
    private HttpResponse<String> tooLarge(HttpClient.Version version) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(version).build();
        URI health = URI.create(submissions.toString().replace("/api/v1/submissions", "/q/health/live"));
        client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()); // h2c upgrade
        HttpRequest post = HttpRequest.newBuilder(URI.create(submissions + "?organization=TTA"))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[3 * 1024 * 1024])).build();
        return client.send(post, HttpResponse.BodyHandlers.ofString());
    }
}
