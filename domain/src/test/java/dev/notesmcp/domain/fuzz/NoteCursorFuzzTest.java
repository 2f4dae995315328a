package dev.notesmcp.domain.fuzz;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.note.NoteCursor;
import dev.notesmcp.domain.note.NoteId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cursor of {@code list_notes} comes back from clients as an opaque string: whatever it is,
 * decoding gives a cursor or {@link InvalidValueException}, never another exception (which a tool
 * would turn into an internal error); and every cursor a note can produce decodes to itself.
 */
class NoteCursorFuzzTest {

    private static final String BASE64_URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/";
    private static final String[] NUMBERS = {String.valueOf(Long.MAX_VALUE), String.valueOf(Long.MIN_VALUE), "", "-",
            "+1", "1e9", "0x10", " 1", "99999999999999999999", "-0"};
    private static final long LAST_MICROS = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() * 1_000_000;

    @Test
    void anyStringDecodesOrIsRefusedAsInvalid() {
        Fuzz.check(1000, random -> random.nextBoolean() ? HostileStrings.any(random, 200)
                : HostileStrings.fromAlphabet(random, 140, BASE64_URL), NoteCursorFuzzTest::assertDecodesOrIsRefused);
    }

    /** Base64 of a "number/text" payload gets past the first check: the inner parsing is fuzzed too. */
    @Test
    void anyBase64PayloadDecodesOrIsRefusedAsInvalid() {
        Fuzz.check(1000, NoteCursorFuzzTest::payload, payload -> assertDecodesOrIsRefused(
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))));
    }

    /** Note times: microsecond precision (what every store keeps), years 1970 to 9999. */
    @Test
    void aCursorOfAnyNoteTimeRoundTrips() {
        Fuzz.check(500, random -> {
            long micros = Math.floorMod(random.nextLong(), LAST_MICROS);
            return new NoteCursor(Instant.EPOCH.plusSeconds(micros / 1_000_000).plusNanos(micros % 1_000_000 * 1_000),
                    new NoteId(UUID.randomUUID().toString()));
        }, cursor -> assertThat(NoteCursor.decode(cursor.encode())).isEqualTo(cursor));
    }

    private static String payload(Random random) {
        String number = switch (random.nextInt(3)) {
            case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 1 -> String.valueOf(random.nextLong());
            default -> String.valueOf(random.nextInt());
        };
        String separator = new String[] {"/", "//", "", ":", "/ "}[random.nextInt(5)];
        String id = random.nextBoolean() ? UUID.randomUUID().toString() : HostileStrings.any(random, 60);
        return number + separator + id;
    }

    private static void assertDecodesOrIsRefused(String token) {
        try {
            assertThat(NoteCursor.decode(token)).isNotNull();
        } catch (InvalidValueException refused) {
            assertThat(refused.field()).isEqualTo("cursor");
        }
    }
}
