package dev.notesmcp.adapter.http.mcp.tool;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The text of {@link Instant#toString()} (ISO-8601, UTC, fractional seconds in groups of three
 * digits, none when zero), written straight into a char array. {@code Instant.toString} goes
 * through {@code DateTimeFormatter.ISO_INSTANT} and was 6 % of a {@code list_notes} call's CPU:
 * two timestamps per note, twenty notes a page. Years outside 0000–9999, which the formatter writes
 * with a sign, are left to {@code Instant.toString}.
 */
final class IsoInstant {

    private static final long FIRST_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * 86_400;
    private static final long LAST_SECOND = (LocalDate.of(9999, 12, 31).toEpochDay() + 1) * 86_400 - 1;

    private IsoInstant() {
    }

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds > LAST_SECOND) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        int secondOfDay = Math.floorMod(seconds, 86_400);
        int nanos = instant.getNano();
        int fractionDigits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        char[] text = new char[20 + (fractionDigits == 0 ? 0 : fractionDigits + 1)];
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3_600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        int end = 19;
        if (fractionDigits > 0) {
            text[end++] = '.';
            digits(text, end, nanos / POWERS_OF_TEN[9 - fractionDigits], fractionDigits);
            end += fractionDigits;
        }
        text[end] = 'Z';
        return new String(text);
    }

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    /** {@code value} as exactly {@code width} decimal digits, zero-padded, at {@code offset}. */
    private static void digits(char[] text, int offset, int value, int width) {
        for (int position = offset + width - 1; position >= offset; position--) {
            text[position] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
