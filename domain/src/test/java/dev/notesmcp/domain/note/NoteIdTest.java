package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteIdTest {

    @Test
    void acceptsACanonicalLowerCaseUuid() {
        String value = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        assertThat(new NoteId(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "3F2504E0-4F89-41D3-9A0C-0305E82C3301",       // upper case
            "3f2504e04f8941d39a0c0305e82c3301",           // no dashes
            "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}",     // braces
            "urn:uuid:3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            " 3f2504e0-4f89-41d3-9a0c-0305e82c3301",      // leading space
            "3f2504e0-4f89-41d3-9a0c-0305e82c3301\n",     // trailing newline
            "3f2504e0-4f89-41d3-9a0c-0305e82c330",        // one digit short
            "3f2504e0-4f89-41d3-9a0c-0305e82c33011",      // one digit long
            "3f2504e0-4f89-41d3-9a0c-0305e82c330g",       // not hex
            "1-1-1-1-1",                                  // parses with UUID.fromString, still not canonical
            "3f2504e04-f89-41d3-9a0c-0305e82c3301",       // right length, a dash one place late
            "3f2504e0-4f89-41d3-9a0c-0305e82c330:",       // ':' lies between '9' and 'a'
            "3f2504e0-4f89-41d3-9a0c-0305e82c330`",       // '`' lies just below 'a'
            "3f2504e0-4f89-41d3-9a0c-0305e82c330\u0663",  // ARABIC-INDIC DIGIT THREE: a digit, not [0-9]
            "3f2504e0-4f89-41d3-9a0c-0305e82c330\uff41",  // FULLWIDTH LATIN SMALL LETTER A
            "3f2504e0-4f89-41d3-9a0c-0305e82c3301-",      // a 37th character that looks like a separator
            "------------------------------------",       // 36 characters, all dashes
            "' OR 1=1 --"})
    void refusesAnythingButACanonicalUuid(String value) {
        assertThatThrownBy(() -> new NoteId(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }

    /** The edges of the alphabet and of each group: every hex digit at every position, nothing else at a dash. */
    @Test
    void acceptsEveryHexDigitAtEveryDigitPosition() {
        for (char digit : "0123456789abcdef".toCharArray()) {
            String value = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".replace('x', digit);
            assertThat(new NoteId(value).value()).isEqualTo(value);
        }
    }

    /** The rule as the regular expression NoteId once used; the loop must agree with it on every value. */
    @Test
    void agreesWithTheCanonicalUuidExpressionOnValuesOneEditAwayFromAnId() {
        Pattern canonical = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        String alphabet = "0123456789abcdefgABCDEF-:`/@G_ \u0663\uff10";
        Random random = new Random(12);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder(new UUID(random.nextLong(), random.nextLong()).toString());
            int at = random.nextInt(value.length() + 1);
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> value.insert(at, c);
                case 1 -> value.setCharAt(Math.min(at, value.length() - 1), c);
                default -> value.deleteCharAt(Math.min(at, value.length() - 1));
            }
            boolean expected = canonical.matcher(value).matches();
            accepted += expected ? 1 : 0;
            assertThat(isAccepted(value.toString())).as(value.toString()).isEqualTo(expected);
        }
        assertThat(accepted).as("both kinds of value are tried").isBetween(1_000, 19_000);
    }

    private static boolean isAccepted(String value) {
        try {
            new NoteId(value);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Test
    void randomIdsAreCanonicalUuids() {
        NoteId id = NoteId.random();
        assertThat(UUID.fromString(id.value()).toString()).isEqualTo(id.value());
    }

    @Test
    void randomIdsDiffer() {
        Set<NoteId> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(NoteId.random());
        }
        assertThat(ids).hasSize(1_000);
    }

    @Test
    void ordersByItsText() {
        NoteId low = new NoteId("00000000-0000-4000-8000-000000000001");
        NoteId high = new NoteId("f0000000-0000-4000-8000-000000000000");

        assertThat(low).isLessThan(high);
        assertThat(high.compareTo(low)).isPositive();
        assertThat(low.compareTo(new NoteId(low.value()))).isZero();
    }

    @Test
    void printsAsItsValue() {
        NoteId id = NoteId.random();
        assertThat(id).hasToString(id.value());
    }
}
