package vn.govportal.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForwardedTest {

    private final TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");

    @Test
    void theClientIsTheFirstAddressBeforeOurProxies() {
        ClientFilter.Forwarded f = ClientFilter.Forwarded.of(FakeRequest.from("127.0.0.1", false,
                "X-Forwarded-For", "198.51.100.7, 10.1.1.1", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "so.example.vn"), proxies);
        assertThat(f.address()).isEqualTo("198.51.100.7");
        assertThat(f.secure()).isTrue();
        assertThat(f.host()).isEqualTo("so.example.vn");
    }

    @Test
    void whatAClientWroteBeforeTheRealClientIsIgnored() {
        // The visitor at 203.0.113.9 sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the real address.
        ClientFilter.Forwarded f = ClientFilter.Forwarded.of(FakeRequest.from("127.0.0.1", false,
                "X-Forwarded-For", "1.2.3.4, 203.0.113.9"), proxies);
        assertThat(f.address()).isEqualTo("203.0.113.9");
        assertThat(f.secure()).isFalse();
    }

    @Test
    void readsTheStandardHeaderWithPortsAndQuotes() {
        ClientFilter.Forwarded f = ClientFilter.Forwarded.of(FakeRequest.from("10.0.0.5", false,
                "Forwarded", "for=\"[2001:db8::17]:4711\";proto=https;host=so.example.vn, for=10.0.0.9"), proxies);
        assertThat(f.address()).isEqualTo("2001:db8::17");
        assertThat(f.secure()).isTrue();
    }

    @Test
    void anObfuscatedHopStopsTheWalk() {
        ClientFilter.Forwarded f = ClientFilter.Forwarded.of(FakeRequest.from("127.0.0.1", false,
                "X-Forwarded-For", "198.51.100.7, unknown"), proxies);
        assertThat(f.address()).isEqualTo("127.0.0.1");
    }
}
