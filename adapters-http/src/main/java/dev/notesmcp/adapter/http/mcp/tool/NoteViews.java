package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.note.SearchHit;

import java.util.List;

/** The JSON shapes the tools return as {@code structuredContent}. */
final class NoteViews {

    private static final int PREVIEW_LENGTH = 200;

    private NoteViews() {
    }

    /** A whole note. */
    record NoteView(String id, String title, String content, List<String> tags, String createdAt, String updatedAt) {
        static NoteView fromDomain(Note note) {
            return new NoteView(note.id().value(), note.title().value(), note.content().value(), note.tags().names(),
                    IsoInstant.format(note.createdAt()), IsoInstant.format(note.updatedAt()));
        }
    }

    /** A note in a list: the start of its content instead of all of it. */
    record NoteSummary(String id, String title, String preview, List<String> tags, String createdAt, String updatedAt) {
        static NoteSummary fromDomain(Note note) {
            return new NoteSummary(note.id().value(), note.title().value(), previewOf(note.content().value()),
                    note.tags().names(), IsoInstant.format(note.createdAt()), IsoInstant.format(note.updatedAt()));
        }
    }

    /** A page of notes; {@code nextCursor} is null on the last page. {@link NotePageJson} writes its bytes from kept summaries. */
    record NoteList(List<NoteSummary> notes, String nextCursor) {
        static NoteList fromDomain(NotePage page) {
            return new NoteList(page.notes().stream().map(NoteSummary::fromDomain).toList(),
                    page.nextCursor().map(cursor -> cursor.encode()).orElse(null));
        }
    }

    /** A search result with its relevance. */
    record SearchResult(String id, String title, String preview, List<String> tags, String updatedAt, double score) {
        static SearchResult fromDomain(SearchHit hit) {
            Note note = hit.note();
            return new SearchResult(note.id().value(), note.title().value(), previewOf(note.content().value()),
                    note.tags().names(), IsoInstant.format(note.updatedAt()), hit.score());
        }
    }

    record SearchResults(String query, List<SearchResult> results) {
    }

    record Deleted(String id, boolean deleted) {
    }

    static String previewOf(String content) {
        String shown = previewSource(content);
        return shown.length() == content.length() ? content : shown + "…";
    }

    /** The part of {@code content} its preview shows: the first {@value #PREVIEW_LENGTH} code points. */
    static String previewSource(String content) {
        if (content.codePointCount(0, content.length()) <= PREVIEW_LENGTH) {
            return content;
        }
        return content.substring(0, content.offsetByCodePoints(0, PREVIEW_LENGTH));
    }
}
