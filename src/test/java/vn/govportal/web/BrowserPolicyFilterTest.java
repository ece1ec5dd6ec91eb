package vn.govportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.govportal.client.FakeRequest;

class BrowserPolicyFilterTest {

    @Test
    void aFormFromThePortalsOwnPageIsAccepted() {
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", false,
                "Host", "so.example.vn", "Origin", "http://so.example.vn"), false)).isTrue();
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", true,
                "Host", "so.example.vn:443", "Origin", "https://so.example.vn"), true)).isTrue();
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", false,
                "Host", "127.0.0.1:8080", "Origin", "http://127.0.0.1:8080"), false)).isTrue();
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", false,
                "Host", "so.example.vn", "Sec-Fetch-Site", "same-origin"), false)).isTrue();
        // curl and scripts say nothing: not a browser another site could have driven.
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", false, "Host", "so.example.vn"), false)).isTrue();
    }

    @Test
    void aFormFromAnotherSiteIsRefused() {
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", false,
                "Host", "so.example.vn", "Origin", "http://evil.example"), false)).isFalse();
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", false,
                "Host", "so.example.vn", "Origin", "null"), false)).isFalse();
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", true,
                "Host", "so.example.vn", "Origin", "http://so.example.vn"), true)).as("another scheme is another origin").isFalse();
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", false,
                "Host", "so.example.vn", "Sec-Fetch-Site", "cross-site"), false)).isFalse();
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", false,
                "Host", "so.example.vn", "Referer", "http://evil.example/page"), false)).isFalse();
        assertThat(BrowserPolicyFilter.isSameOrigin(FakeRequest.from("1.2.3.4", false,
                "Host", "so.example.vn:8080", "Origin", "http://so.example.vn"), false)).as("another port").isFalse();
    }
}
