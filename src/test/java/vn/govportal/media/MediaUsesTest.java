package vn.govportal.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaUsesTest {

    @Test
    void findsTheStoredFilesATextShows() {
        String html = "<p>a</p><img src=\"/tep/12/anh.jpg?w=960\" alt=\"\"><img src=\"/govportal/tep/7/b.png\">"
                + "<a href=\"/tep/12/anh.jpg\">again</a><a href=\"https://example.vn/tep/x/\">not ours</a>";
        assertThat(MediaUses.referencedIn(html)).containsExactly(12L, 7L);
        assertThat(MediaUses.referencedIn(null)).isEmpty();
    }
}
