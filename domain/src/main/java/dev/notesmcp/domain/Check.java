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

    /**
     * Text a store keeps: present, {@link WellFormedText well-formed} (checked first, so no later
     * message repeats ill-formed text) and {@code min} to {@code max} characters long.
     */
    public static String text(String field, String value, int min, int max) {
        WellFormedText.require(field, required(field, value));
        return lengthBetween(field, value, min, max);
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

    /**
     * True when every character is white space, including no-break spaces that {@code isBlank} misses.
     * A loop, not a stream: every title read back from PostgreSQL passes here, ten per {@code list_notes}.
     */
    public static boolean isBlankToAReader(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }
}
