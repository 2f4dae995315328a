package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.adapter.http.mcp.tool.EncodedSummaries.Encoded;
import dev.notesmcp.adapter.http.mcp.tool.NoteViews.NoteList;
import dev.notesmcp.domain.note.NotePage;
import io.modelcontextprotocol.json.McpJsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code list_notes}' structured result, the JSON of a {@link NoteList}, put together from its notes'
 * kept summaries ({@link EncodedSummaries}) in both of the forms the answer carries: as it is, and
 * quoted for the text block. Each form stays the parts it is made of ({@link ByteParts}), which the
 * answer copies in once, so nothing is written twice or copied to grow. The bytes are those Jackson writes for the {@code NoteList} (NotePageJsonTest).
 */
final class NotePageJson {

    private static final Part OPEN = Part.of("{\"notes\":[");
    private static final Part COMMA = Part.of(",");
    private static final Part CURSOR = Part.of("],\"nextCursor\":");
    private static final Part NO_CURSOR = Part.of("null");
    private static final Part CLOSE = Part.of("}");

    private final EncodedSummaries summaries;

    /** {@code slots}: how many notes' summaries are kept (a power of two). */
    NotePageJson(McpJsonMapper json, int slots) {
        this.summaries = new EncodedSummaries(json, slots);
    }

    EncodedJson of(NotePage page) {
        int size = 2 * page.notes().size() + 3;
        List<byte[]> document = new ArrayList<>(size);
        List<byte[]> quoted = new ArrayList<>(size);
        OPEN.addTo(document, quoted);
        for (int i = 0; i < page.notes().size(); i++) {
            if (i > 0) {
                COMMA.addTo(document, quoted);
            }
            Encoded summary = summaries.of(page.notes().get(i));
            document.add(summary.document());
            quoted.add(summary.quoted());
        }
        CURSOR.addTo(document, quoted);
        // A cursor is unpadded base64url (NoteCursor.encode): no character of it is escaped in a JSON string.
        page.nextCursor().map(cursor -> Part.of('"' + cursor.encode() + '"')).orElse(NO_CURSOR).addTo(document, quoted);
        CLOSE.addTo(document, quoted);
        return EncodedJson.of(ByteParts.of(document), ByteParts.of(quoted));
    }

    /** A piece of the document, as it is and quoted. */
    private record Part(byte[] document, byte[] quoted) {

        static Part of(String document) {
            return of(document.getBytes(StandardCharsets.UTF_8));
        }

        static Part of(byte[] document) {
            return new Part(document, CompactJsonQuoting.quote(document));
        }

        void addTo(List<byte[]> documentParts, List<byte[]> quotedParts) {
            documentParts.add(document);
            quotedParts.add(quoted);
        }
    }
}
