package vn.govportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class MalformedAddressGuardTest {

    @Test
    void escapesMustBeTwoHexDigits() {
        assertThat(MalformedAddressGuard.hasValidEscapes("/bai-viet/%E1%BA%A1")).isTrue();
        assertThat(MalformedAddressGuard.hasValidEscapes("/")).isTrue();
        assertThat(MalformedAddressGuard.hasValidEscapes("/bai-viet/%ZZ")).isFalse();
        assertThat(MalformedAddressGuard.hasValidEscapes("/%u0")).isFalse();
        assertThat(MalformedAddressGuard.hasValidEscapes("/abc%")).isFalse();
        assertThat(MalformedAddressGuard.hasValidEscapes("/abc%4")).isFalse();
    }

    @Test
    void dropsOnlyTheConnectorsReportOfADecoderFailure() {
        IllegalArgumentException decoder = new IllegalArgumentException("Illegal hex characters");
        decoder.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.glassfish.grizzly.http.util.URLDecoder", "decode", "URLDecoder.java", 199)});
        LogRecord report = new LogRecord(Level.SEVERE, "AS-WEB-CORE-00037");
        report.setThrown(decoder);
        assertThat(MalformedAddressGuard.isMalformedAddressReport(report)).isTrue();

        LogRecord other = new LogRecord(Level.SEVERE, "AS-WEB-CORE-00037");
        other.setThrown(new IllegalArgumentException("something else"));
        assertThat(MalformedAddressGuard.isMalformedAddressReport(other)).isFalse();
        assertThat(MalformedAddressGuard.isMalformedAddressReport(new LogRecord(Level.SEVERE, "AS-WEB-CORE-00038"))).isFalse();
    }
}
