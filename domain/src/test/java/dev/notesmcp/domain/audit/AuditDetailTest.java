package dev.notesmcp.domain.audit;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each detail's check accepts exactly what its written pattern matches, whatever the check's code. */
class AuditDetailTest {

    /** Characters on both sides of every class the patterns use, and a few outside all of them. */
    private static final String ALPHABET = "az09AZFf_-.:%`{/@[ é1m5q";

    @ParameterizedTest
    @EnumSource(AuditDetail.class)
    void acceptsExactlyWhatItsPatternMatches(AuditDetail detail) {
        Pattern pattern = Pattern.compile(detail.pattern());
        SplittableRandom random = new SplittableRandom(detail.ordinal());
        for (int i = 0; i < 50_000; i++) {
            String value = randomValue(random, detail);
            boolean allowed = pattern.matcher(value).matches();
            if (allowed) {
                assertThat(detail.check(value)).as("%s %s", detail, value).isEqualTo(value);
            } else {
                assertThatThrownBy(() -> detail.check(value)).as("%s %s", detail, value)
                        .isInstanceOf(InvalidValueException.class);
            }
        }
    }

    /** Mostly values near the edges: a word of 1–66 characters, or digits of 0–14, with one character changed. */
    private static String randomValue(SplittableRandom random, AuditDetail detail) {
        if (detail == AuditDetail.CLIENT_ADDRESS && random.nextBoolean()) {
            return randomAddress(random);
        }
        int length = random.nextInt(detail.isNumber() ? 15 : 67);
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(detail.isNumber() ? (char) ('0' + random.nextInt(10)) : (char) ('a' + random.nextInt(26)));
        }
        if (length > 0 && random.nextBoolean()) {
            value.setCharAt(random.nextInt(length), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }

    /** Digits and dots around the IPv4 shape (groups of 0–4 digits, 2–5 of them), sometimes with a colon or letter. */
    private static String randomAddress(SplittableRandom random) {
        StringBuilder value = new StringBuilder();
        for (int group = random.nextInt(2, 6); group > 0; group--) {
            for (int digit = random.nextInt(5); digit > 0; digit--) {
                value.append((char) ('0' + random.nextInt(10)));
            }
            if (group > 1) {
                value.append('.');
            }
        }
        if (!value.isEmpty() && random.nextInt(4) == 0) {
            value.setCharAt(random.nextInt(value.length()), ":a.%9".charAt(random.nextInt(5)));
        }
        return value.toString();
    }
}
