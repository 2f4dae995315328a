package dev.notesmcp.domain.note;

import dev.notesmcp.domain.Check;

/** A note's body, kept verbatim: up to 100 000 characters of well-formed text, may be empty. */
public record NoteContent(String value) {

    public static final int MAX_LENGTH = 100_000;

    public NoteContent {
        Check.text("content", value, 0, MAX_LENGTH);
    }

    public static NoteContent empty() {
        return new NoteContent("");
    }
}
