package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.govportal.security.Role;

/** Editors keep the procedures list: a link that is not an outside web address is refused beside its field, and nothing typed is lost. */
class ProcedureAdminIT extends BrowserTestBase {

    @Test
    void aScriptLinkIsRefusedThenTheProcedureIsPublishedAtOnce() throws Exception {
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/procedures/edit.xhtml");
        String name = "Thủ tục kiểm thử " + UUID.randomUUID().toString().substring(0, 6);
        pages.type(By.id("procedure:name"), name);
        pages.type(By.id("procedure:field"), "Lĩnh vực kiểm thử giao diện");
        pages.type(By.id("procedure:processingTime"), "05 ngày làm việc");
        pages.type(By.id("procedure:fee"), "Không");
        pages.type(By.id("procedure:portalUrl"), "javascript:alert(1)");
        browser.findElement(By.cssSelector("[id='procedure:published'] .ui-chkbox-box")).click();
        pages.press("procedure:save");

        assertThat(browser.findElement(By.cssSelector("[id='procedure:portalUrl'] ~ .ui-message-error, .ui-message-error")).getText())
                .contains("http");
        assertThat(browser.findElement(By.id("procedure:name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.findElement(By.id("procedure:fee")).getAttribute("value")).isEqualTo("Không");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM admin_procedure WHERE name = ?", name)).isZero();

        pages.type(By.id("procedure:portalUrl"), "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.009999");
        pages.press("procedure:save");

        assertThat(browser.getCurrentUrl()).as(pages.messages()).contains("/admin/procedures/edit.xhtml?id=");
        assertThat(Http.get(base, "/thu-tuc-hanh-chinh").body()).contains(name).contains("ma_thu_tuc=1.009999");
    }
}
