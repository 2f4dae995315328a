package dev.notesmcp.domain;

/** Small guards shared by the value objects' compact constructors. */
public final class Check {

    private Check() {
    }

    public static String required(String field, String value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** Length in Unicode code points, so an emoji counts as one character as a user would expect. */
    public static String lengthBetween(String field, String value, int min, int max) {
        required(field, value);
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw new InvalidValueException(field,
                    min == 0 ? "must be at most " + max + " characters (got " + length + ")"
                            : "must be " + min + " to " + max + " characters (got " + length + ")");
        }
        return value;
    }

    /** PostgreSQL cannot store U+0000 in text, and no person types it: refuse it everywhere. */
    public static String noNulCharacters(String field, String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidValueException(field, "must not contain NUL (U+0000) characters");
        }
        return value;
    }

    /** True when every character is white space, including no-break spaces that {@code isBlank} misses. */
    public static boolean isBlankToAReader(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }
}
