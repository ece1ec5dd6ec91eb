package vn.govportal.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptEncodingTest {

    @Test
    void browsersThatTakeGzipGetIt() {
        assertThat(AcceptEncoding.allowsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("GZIP")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("*")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("x-gzip")).isTrue();
    }

    @Test
    void clientsThatDoNotSayOrRefuseItGetThePageAsItIs() {
        assertThat(AcceptEncoding.allowsGzip(null)).isFalse();
        assertThat(AcceptEncoding.allowsGzip("")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("identity")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("br, deflate")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("gzip;q=0")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("gzip;q=0.0, *")).as("named and refused, whatever * says").isFalse();
        assertThat(AcceptEncoding.allowsGzip("*;q=0")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("gzip;q=nonsense")).isFalse();
    }
}
