package vn.govportal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void trustsListedAddressesAndBlocksOnly() {
        TrustedProxies proxies = TrustedProxies.parse(" 127.0.0.1, 10.0.0.0/8 ,2001:db8::/32");
        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("10.200.3.4")).isTrue();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("2001:db8:1::5")).isTrue();
        assertThat(proxies.trusts("2001:db9::5")).isFalse();
        assertThat(proxies.trusts("127.0.0.2")).isFalse();
    }

    @Test
    void nothingIsTrustedByDefaultAndNamesAreNeverLookedUp() {
        assertThat(TrustedProxies.parse("").trusts("127.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
        assertThat(TrustedProxies.literal("localhost")).isNull();
        assertThat(TrustedProxies.literal("ab.cd.ef.12")).isNull();
        assertThat(TrustedProxies.literal("unknown")).isNull();
        assertThat(TrustedProxies.literal("[::1]")).hasSize(16);
    }

    @Test
    void aMistypedSettingIsRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.vn")).hasMessageContaining("proxy.example.vn");
    }
}
