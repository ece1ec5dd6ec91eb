package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** What a visitor sees in a real browser (headless Chromium). */
class BrowserIT extends BrowserTestBase {

    @Test
    void visitorFollowsAHomePageLinkToTheSeedArticle() {
        browser.get(url("/"));
        assertThat(browser.getTitle()).contains("Sở Ngoại vụ tỉnh Đồng Nai");

        Browsers.clickAndWait(browser, By.linkText("Tăng cường tuyên truyền công tác cải cách hành chính trên địa bàn tỉnh"));

        assertThat(browser.getCurrentUrl()).endsWith("/bai-viet/" + PublicContentIT.SEED_SLUG);
        WebElement title = browser.findElement(By.tagName("h1"));
        assertThat(title.getText()).isEqualTo("TĂNG CƯỜNG TUYÊN TRUYỀN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH");
        assertThat(browser.findElement(By.cssSelector(".dateline")).getText()).isEqualTo("GMT+7 18 - 11 - 2026");
        assertThat(browser.findElement(By.cssSelector(".article__author")).getText()).endsWith("Hoài Thu");
        assertThat(browser.findElement(By.cssSelector(".article__body")).getText())
                .contains("Để hoàn thành Kế hoạch năm 2021, Ủy ban nhân dân tỉnh yêu cầu");
    }

    @Test
    void visitorPagesThroughACategory() {
        browser.get(url("/chuyen-muc/tin-hoat-dong"));
        String firstOnPageOne = browser.findElement(By.cssSelector(".article-list .card__title a")).getText();
        assertThat(browser.findElements(By.cssSelector(".article-list > li"))).hasSize(10);

        Browsers.clickAndWait(browser, By.cssSelector(".pagination a[rel=next]"));

        assertThat(browser.getCurrentUrl()).endsWith("/chuyen-muc/tin-hoat-dong?trang=2");
        assertThat(browser.findElement(By.cssSelector(".pagination__current")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector(".article-list .card__title a")))
                .isNotEmpty()
                .noneMatch(a -> a.getText().equals(firstOnPageOne));

        Browsers.clickAndWait(browser, By.cssSelector(".pagination a[rel=prev]"));
        assertThat(browser.findElement(By.cssSelector(".article-list .card__title a")).getText()).isEqualTo(firstOnPageOne);
    }

    @Test
    void unknownArticleShowsTheNotFoundPage() {
        browser.get(url("/bai-viet/bai-viet-khong-ton-tai"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
        Browsers.clickAndWait(browser, By.linkText("Về trang chủ"));
        assertThat(browser.findElements(By.cssSelector(".category-block"))).isNotEmpty();
    }

    @Test
    void publicPagesLeaveNoCookie() {
        browser.get(url("/"));
        browser.get(url("/chuyen-muc/tin-hoat-dong"));
        browser.get(url("/bai-viet/" + PublicContentIT.SEED_SLUG));
        browser.get(url("/thong-bao"));
        assertThat(browser.manage().getCookies()).isEmpty();
    }

    @Test
    void homePageFitsAPhoneWithoutHorizontalScrolling() {
        browser.manage().window().setSize(new Dimension(360, 740));
        browser.get(url("/"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        long content = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();

        assertThat(viewport).isLessThanOrEqualTo(360);
        assertThat(content).isLessThanOrEqualTo(viewport);
    }
}
