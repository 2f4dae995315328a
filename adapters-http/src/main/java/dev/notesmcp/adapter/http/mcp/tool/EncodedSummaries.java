package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.adapter.http.mcp.tool.NoteViews.NoteSummary;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import io.modelcontextprotocol.json.McpJsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Each listed note's {@link NoteSummary} as Jackson writes it, and that JSON quoted for the text block,
 * kept for the notes listed most recently. Writing the summaries was the largest item of a
 * {@code list_notes} call after the HTTP stack (bench/README.md, decision 22); a page lists the same
 * notes call after call, so the bytes are kept and reused.
 *
 * <p>An entry is used only for a note whose every field the summary is made of equals the one it was
 * written from: its id, title, tags, both times and the start of its content that the preview shows.
 * So an entry is never stale, whatever the store does with update times (the staleness bound is zero),
 * and a note's next edit simply writes a new one. The slots are direct-mapped by note id, a fixed
 * number of them: a bounded footprint, and a note whose slot another note took is written again.
 */
final class EncodedSummaries {

    /** The notes a few hundred busy users list: ≈ 1 KB each for a 200-character preview, 2 MB in all. */
    static final int DEFAULT_SLOTS = 2_048;

    private final McpJsonMapper json;
    /**
     * Shared between request threads without a lock: an {@link Encoded} is immutable, its fields final,
     * so a thread that reads one sees it whole (JLS §17.5); a lost race writes the same bytes twice.
     */
    private final Encoded[] slots;

    EncodedSummaries(McpJsonMapper json, int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two, was " + slots);
        }
        this.json = json;
        this.slots = new Encoded[slots];
    }

    /** {@code note}'s summary, written now or kept from a note with the same fields. */
    Encoded of(Note note) {
        int slot = slotOf(note.id());
        Encoded kept = slots[slot];
        if (kept != null && kept.isFor(note)) {
            return kept;
        }
        Encoded written = write(note);
        slots[slot] = written;
        return written;
    }

    private int slotOf(NoteId id) {
        int hash = id.hashCode();
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }

    private Encoded write(Note note) {
        byte[] document;
        try {
            document = json.writeValueAsBytes(NoteSummary.fromDomain(note));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String content = note.content().value();
        String shown = NoteViews.previewSource(content);
        return new Encoded(note.id(), note.title(), note.tags(), note.createdAt(), note.updatedAt(), shown,
                shown.length() < content.length(), document, CompactJsonQuoting.quote(document));
    }

    /**
     * One note's summary as JSON ({@code document}) and quoted ({@code quoted}), with the fields it was
     * written from. {@code shown} is the part of the content the preview shows, all of it unless
     * {@code truncated}.
     */
    record Encoded(NoteId id, Title title, Tags tags, Instant createdAt, Instant updatedAt, String shown,
                   boolean truncated, byte[] document, byte[] quoted) {

        boolean isFor(Note note) {
            return id.equals(note.id()) && updatedAt.equals(note.updatedAt()) && title.equals(note.title())
                    && tags.equals(note.tags()) && createdAt.equals(note.createdAt())
                    && showsTheStartOf(note.content().value());
        }

        /**
         * Whether {@code content}'s preview is this one's. A longer content that starts with the shown
         * part has the same first code points: note text is well-formed, so the shown part does not end
         * in half a surrogate pair that the next character could complete.
         */
        private boolean showsTheStartOf(String content) {
            return truncated
                    ? content.length() > shown.length() && content.startsWith(shown)
                    : content.equals(shown);
        }
    }
}
