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

    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }
}
