package dev.notesmcp.domain.note;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static dev.notesmcp.domain.note.Notes.T0;
import static dev.notesmcp.domain.note.Notes.at;
import static dev.notesmcp.domain.note.Notes.id;
import static dev.notesmcp.domain.note.Notes.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteCursorTest {

    private static final String VALID_ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    private static String base64Url(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String token) {
        assertThatThrownBy(() -> NoteCursor.decode(token))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    @Test
    void afterANoteIsAtThatNotesTimeAndId() {
        Note note = note(7, at(3));

        NoteCursor cursor = NoteCursor.after(note);

        assertThat(cursor.updatedAt()).isEqualTo(note.updatedAt());
        assertThat(cursor.id()).isEqualTo(note.id());
    }

    @Test
    void decodesWhatItEncodes() {
        NoteCursor cursor = new NoteCursor(Instant.parse("2025-03-01T12:00:00.123456Z"), new NoteId(VALID_ID));

        assertThat(NoteCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void roundTripsTheCursorOfANoteWithSubMicrosecondClock() {
        Instant withNanos = Instant.parse("2025-03-01T12:00:00.999999999Z");
        NoteCursor cursor = NoteCursor.after(new Note(id(1), Notes.ALICE, new Title("t"), NoteContent.empty(), Tags.none(), withNanos, withNanos));

        assertThat(NoteCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void roundTripsTimesBeforeTheEpoch() {
        NoteCursor cursor = new NoteCursor(Instant.parse("1969-12-31T23:59:59.999999Z"), new NoteId(VALID_ID));

        assertThat(NoteCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void encodesAsUrlSafeTextWithoutPadding() {
        String token = new NoteCursor(T0, new NoteId(VALID_ID)).encode();

        assertThat(token).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(128);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage!", "not a cursor", "%%%", "....", "\u00e9\u00e9\u00e9\u00e9", "AAAA+/=="})
    void refusesGarbage(String token) {
        assertRefused(token);
    }

    @Test
    void refusesBase64OfTextWithoutSeparator() {
        assertRefused(base64Url("1740830400000000" + VALID_ID));
    }

    @Test
    void refusesBase64OfANonNumericTime() {
        assertRefused(base64Url("yesterday/" + VALID_ID));
    }

    @Test
    void refusesBase64OfAnInvalidId() {
        assertRefused(base64Url("1740830400000000/not-an-id"));
    }

    @Test
    void refusesBase64OfAnEmptyTime() {
        assertRefused(base64Url("/" + VALID_ID));
    }

    @Test
    void refusesBase64OfATimeTooLargeForALong() {
        assertRefused(base64Url("99999999999999999999999/" + VALID_ID));
    }

    /** Times a long holds but a store cannot (PostgreSQL timestamptz ends in 294276, and a year needs 4 digits). */
    @ParameterizedTest
    @ValueSource(longs = {Long.MAX_VALUE, Long.MIN_VALUE, 253_402_300_800_000_000L, -62_135_596_800_000_001L,
            9_000_000_000_000_000_000L, -9_000_000_000_000_000_000L})
    void refusesATimeOutsideTheYearsEveryStoreHolds(long micros) {
        assertRefused(base64Url(micros + "/" + VALID_ID));
    }

    @ParameterizedTest
    @ValueSource(longs = {-62_135_596_800_000_000L, 0L, 253_402_300_799_999_999L})
    void acceptsTheFirstAndLastMicrosecondOfYearsOneTo9999(long micros) {
        assertThat(NoteCursor.decode(base64Url(micros + "/" + VALID_ID)).id()).isEqualTo(new NoteId(VALID_ID));
    }

    /** Each cursor has exactly one spelling, the one list_notes gave; every other is a doctored token. */
    @ParameterizedTest
    @ValueSource(strings = {"+1740830400000000/ID", "01740830400000000/ID", "-0/ID", " 1740830400000000/ID",
            "1740830400000000//ID", "1740830400000000/ID "})
    void refusesAnotherSpellingOfACursor(String raw) {
        assertRefused(base64Url(raw.replace("ID", VALID_ID)));
    }

    @Test
    void refusesStrayBitsInTheLastBase64Character() {
        String token = new NoteCursor(T0, new NoteId(VALID_ID)).encode();
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        assertThat(bytes.length % 3).as("the encoding ends in a partial group").isNotZero();
        char last = token.charAt(token.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String strayBits = token.substring(0, token.length() - 1) + alphabet.charAt(alphabet.indexOf(last) + 1);
        assertThat(Base64.getUrlDecoder().decode(strayBits)).as("decodes to the same bytes").isEqualTo(bytes);

        assertRefused(strayBits);
    }

    @Test
    void refusesOversizedTokens() {
        assertRefused("A".repeat(129));
    }

    @Test
    void refusesAnOversizedTokenEvenIfItWouldDecode() {
        String zeroPadded = base64Url("0".repeat(60) + "1740830400000000/" + VALID_ID);
        assertThat(zeroPadded.length()).isGreaterThan(128);

        assertRefused(zeroPadded);
    }

    @Test
    void refusesATruncatedToken() {
        String token = new NoteCursor(T0, new NoteId(VALID_ID)).encode();

        assertRefused(token.substring(0, token.length() - 4));
    }

    @Test
    void refusesATokenWhoseIdWasTamperedWith() {
        String raw = new String(Base64.getUrlDecoder().decode(new NoteCursor(T0, new NoteId(VALID_ID)).encode()), StandardCharsets.UTF_8);
        String tampered = raw.replace(VALID_ID, VALID_ID.toUpperCase());

        assertRefused(base64Url(tampered));
    }

    @Test
    void refusesATokenWithSqlAppended() {
        assertRefused(base64Url("1740830400000000/" + VALID_ID + "' OR '1'='1"));
    }

    @Test
    void precedesAnOlderNote() {
        NoteCursor cursor = new NoteCursor(at(10), id(5));

        assertThat(cursor.precedes(note(9, at(9)))).isTrue();
    }

    @Test
    void doesNotPrecedeANewerNote() {
        NoteCursor cursor = new NoteCursor(at(10), id(5));

        assertThat(cursor.precedes(note(1, at(11)))).isFalse();
    }

    @Test
    void precedesANoteOfTheSameTimeWithASmallerId() {
        NoteCursor cursor = new NoteCursor(at(10), id(5));

        assertThat(cursor.precedes(note(4, at(10)))).isTrue();
    }

    @Test
    void doesNotPrecedeANoteOfTheSameTimeWithALargerId() {
        NoteCursor cursor = new NoteCursor(at(10), id(5));

        assertThat(cursor.precedes(note(6, at(10)))).isFalse();
    }

    @Test
    void doesNotPrecedeTheNoteItWasTakenFrom() {
        Note note = note(5, at(10));

        assertThat(NoteCursor.after(note).precedes(note)).isFalse();
    }

    @Test
    void precedesExactlyTheNotesAfterItInNewestFirstOrder() {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            notes.add(note(i, at(i / 3))); // four groups of three notes sharing a time
        }
        notes.sort(Note.NEWEST_FIRST);

        for (int position = 0; position < notes.size(); position++) {
            NoteCursor cursor = NoteCursor.after(notes.get(position));
            List<Note> following = notes.stream().filter(cursor::precedes).toList();
            assertThat(following).as("after position %d", position).isEqualTo(notes.subList(position + 1, notes.size()));
        }
    }
}
