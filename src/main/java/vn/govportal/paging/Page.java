package vn.govportal.paging;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One page of a list, numbered from 1. Page numbers come from visitors' URLs, so
 * {@link #clamp(long, long, int)} maps any number to the nearest page that exists.
 */
public record Page<T>(List<T> items, int number, int size, long totalItems) {

    public Page {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        items = List.copyOf(items);
    }

    /** How many pages a list of {@code totalItems} fills; an empty list still has one (empty) page. */
    public static int pageCount(long totalItems, int size) {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }

    /** The nearest existing page to the requested one: below 1 gives 1, past the end gives the last. */
    public static int clamp(long requested, long totalItems, int size) {
        return (int) Math.min(Math.max(1, requested), pageCount(totalItems, size));
    }

    /** Index of the first item of page {@code number} in the whole list. */
    public static int offset(int number, int size) {
        return (number - 1) * size;
    }

    public int getTotalPages() {
        return pageCount(totalItems, size);
    }

    public boolean isHasPrevious() {
        return number > 1;
    }

    public boolean isHasNext() {
        return number < getTotalPages();
    }

    public boolean isPaginated() {
        return getTotalPages() > 1;
    }

    public int getPreviousNumber() {
        return number - 1;
    }

    public int getNextNumber() {
        return number + 1;
    }

    public List<T> getItems() {
        return items;
    }

    public int getNumber() {
        return number;
    }

    /** The page numbers to link to: at most {@code 2 * radius + 1} around the current page. */
    public List<Integer> window(int radius) {
        int last = getTotalPages();
        int from = Math.max(1, Math.min(number - radius, last - 2 * radius));
        int to = Math.min(last, from + 2 * radius);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    public List<Integer> getWindow() {
        return window(2);
    }
}
