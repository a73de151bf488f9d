package org.qitdb.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentCodingsTest {

    @Test
    void gzipNamedWithoutAZeroWeightIsAccepted() {
        assertThat(ContentCodings.acceptsGzip("gzip")).isTrue();
        assertThat(ContentCodings.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(ContentCodings.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(ContentCodings.acceptsGzip("x-gzip")).isTrue();
    }

    @Test
    void noHeaderOrOtherCodingsMeanIdentity() {
        assertThat(ContentCodings.acceptsGzip(null)).isFalse();
        assertThat(ContentCodings.acceptsGzip("")).isFalse();
        assertThat(ContentCodings.acceptsGzip("identity")).isFalse();
        assertThat(ContentCodings.acceptsGzip("br, deflate")).isFalse();
    }

    @Test
    void aZeroWeightRefusesAndTheWildcardCoversOnlyWhatIsNotNamed() {
        assertThat(ContentCodings.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ContentCodings.acceptsGzip("gzip; q=0.000, br")).isFalse();
        assertThat(ContentCodings.acceptsGzip("*")).isTrue();
        assertThat(ContentCodings.acceptsGzip("*;q=0")).isFalse();
        assertThat(ContentCodings.acceptsGzip("gzip;q=0, *")).isFalse();
        assertThat(ContentCodings.acceptsGzip("*;q=0, gzip")).isTrue();
        assertThat(ContentCodings.acceptsGzip("gzip;q=oops")).isFalse();
    }
}
