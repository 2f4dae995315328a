package dev.notesmcp.domain.note;

import dev.notesmcp.domain.Check;

/** How many notes one page or search may return: 1 to 100, 20 unless asked otherwise. */
public record PageLimit(int value) {

    public static final int MAX = 100;
    public static final PageLimit DEFAULT = new PageLimit(20);

    public PageLimit {
        Check.between("limit", value, 1, MAX);
    }
}
