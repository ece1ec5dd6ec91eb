package vn.govportal.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedServletTest {

    @Test
    void charactersXmlCannotCarryAreLeftOutAndTheRestKept() {
        assertThat(FeedServlet.xmlText("Hội nghị\u000Bcải cách\u0000 hành chính\t(2026)\n")).isEqualTo("Hội nghịcải cách hành chính\t(2026)\n");
        assertThat(FeedServlet.xmlText(null)).isNull();
    }
}
