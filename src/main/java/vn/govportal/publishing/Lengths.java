package vn.govportal.publishing;

/**
 * How long what staff write may be, as the tables hold it: the one place the entities' columns,
 * the editing rules and the forms' limits take their numbers from.
 */
public final class Lengths {

    /** An article's, notice's or page's title, in either language. */
    public static final int TITLE = 500;
    /** An address word. */
    public static final int SLUG = 200;
    /** A lead or summary. */
    public static final int SUMMARY = 2000;
    /** A body of sanitised HTML. */
    public static final int BODY = 1_000_000;

    private Lengths() {
    }
}
