package vn.govportal.menu;

/**
 * The rule that keeps a menu one level deep and free of loops, apart from the database: where an
 * item may go, given the item it is to go under.
 */
final class MenuNesting {

    private MenuNesting() {
    }

    /**
     * Why an item ({@code itemId} null while new, with {@code children} sub-items of its own) may not
     * go under the item {@code parentId} (itself under {@code parentsParent}, null at the top
     * level), as a message key; null if it may.
     */
    static String refusal(Long itemId, Menu itemMenu, int children, long parentId, Long parentsParent, Menu parentMenu) {
        if (itemId != null && (itemId == parentId || itemId.equals(parentsParent))) {
            return "menu.refused.loop";
        }
        if (parentsParent != null) {
            return "menu.refused.depth";
        }
        if (children > 0) {
            return "menu.refused.hasChildren";
        }
        if (parentMenu != itemMenu) {
            return "menu.refused.otherMenu";
        }
        return null;
    }
}
