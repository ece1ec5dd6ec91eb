package vn.govportal.menu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MenuNestingTest {

    @Test
    void aNewItemGoesUnderATopLevelItemOfItsMenu() {
        assertThat(MenuNesting.refusal(null, Menu.MAIN, 0, 1L, null, Menu.MAIN)).isNull();
    }

    @Test
    void anItemCannotGoUnderItself() {
        assertThat(MenuNesting.refusal(5L, Menu.MAIN, 0, 5L, null, Menu.MAIN)).isEqualTo("menu.refused.loop");
    }

    @Test
    void anItemCannotGoUnderItsOwnSubItem() {
        // 7 is under 5: putting 5 under 7 would make each the other's parent.
        assertThat(MenuNesting.refusal(5L, Menu.MAIN, 1, 7L, 5L, Menu.MAIN)).isEqualTo("menu.refused.loop");
    }

    @Test
    void aSubItemTakesNoSubItems() {
        assertThat(MenuNesting.refusal(9L, Menu.MAIN, 0, 7L, 5L, Menu.MAIN)).isEqualTo("menu.refused.depth");
        assertThat(MenuNesting.refusal(null, Menu.FOOTER, 0, 7L, 5L, Menu.FOOTER)).isEqualTo("menu.refused.depth");
    }

    @Test
    void anItemWithSubItemsStaysAtTheTop() {
        assertThat(MenuNesting.refusal(5L, Menu.MAIN, 2, 3L, null, Menu.MAIN)).isEqualTo("menu.refused.hasChildren");
    }

    @Test
    void theItemAboveIsInTheSameMenu() {
        assertThat(MenuNesting.refusal(5L, Menu.FOOTER, 0, 3L, null, Menu.MAIN)).isEqualTo("menu.refused.otherMenu");
    }
}
