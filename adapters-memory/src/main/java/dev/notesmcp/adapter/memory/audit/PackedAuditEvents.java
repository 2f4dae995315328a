package dev.notesmcp.adapter.memory.audit;

import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * An audit event packed into one byte array while it waits in the ring, and unpacked when read.
 *
 * <p>Why: a tool call's event is a dozen small objects (the event, its instant, the optionals, the
 * client id, the details' map and strings). Kept in a 10 000-event ring, every one of them outlived
 * the young generation, so each young collection under load copied and scanned the events of the
 * last tens of milliseconds: G1's pauses were 7-20 ms with the ring and 1-2 ms with the audit off
 * (bench/README.md, decision 16). An array without references is copied as one block and never
 * scanned.
 *
 * <p>Layout: the instant (epoch second, nanosecond), the kind's ordinal, the user and the client, the
 * number of details, then each detail's ordinal and value; a text is its UTF-8 length as a short
 * ({@code -1}: absent) and its bytes. It lives only in this process's memory, so the enums' ordinals
 * are a stable enough key. Packing runs for every tool call (on the audit writer's thread), so it
 * sizes the array first and fills it once: no stream, no growing buffer.
 */
final class PackedAuditEvents {

    private static final AuditEventKind[] KINDS = AuditEventKind.values();
    private static final AuditDetail[] DETAILS = AuditDetail.values();
    private static final int FIXED_BYTES = Long.BYTES + Integer.BYTES + 1 + 1;

    private PackedAuditEvents() {
    }

    static byte[] pack(AuditEvent event) {
        // null: absent (written as length -1).
        byte[] user = event.user().map(id -> utf8(id.value())).orElse(null);
        byte[] client = event.client().map(id -> utf8(id.value())).orElse(null);
        int count = event.details().size();
        byte[] keys = new byte[count];
        byte[][] values = new byte[count][];
        int size = FIXED_BYTES + textBytes(user) + textBytes(client);
        int i = 0;
        for (Map.Entry<AuditDetail, String> detail : event.details().entrySet()) {
            keys[i] = (byte) detail.getKey().ordinal();
            values[i] = utf8(detail.getValue());
            size += 1 + textBytes(values[i]);
            i++;
        }
        ByteBuffer packed = ByteBuffer.allocate(size)
                .putLong(event.time().getEpochSecond())
                .putInt(event.time().getNano())
                .put((byte) event.kind().ordinal());
        putText(packed, user);
        putText(packed, client);
        packed.put((byte) count);
        for (int j = 0; j < count; j++) {
            packed.put(keys[j]);
            putText(packed, values[j]);
        }
        return packed.array();
    }

    static AuditEvent unpack(byte[] packed) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        try {
            Instant time = Instant.ofEpochSecond(in.getLong(), in.getInt());
            AuditEventKind kind = KINDS[Byte.toUnsignedInt(in.get())];
            Optional<UserId> user = text(in).map(UserId::new);
            Optional<ClientId> client = text(in).map(ClientId::new);
            int count = Byte.toUnsignedInt(in.get());
            Map<AuditDetail, String> details = new EnumMap<>(AuditDetail.class);
            for (int i = 0; i < count; i++) {
                details.put(DETAILS[Byte.toUnsignedInt(in.get())], text(in).orElseThrow());
            }
            return new AuditEvent(time, kind, user, client, details);
        } catch (BufferUnderflowException e) {
            throw new IllegalStateException("a packed audit event is truncated", e);
        }
    }

    /** The event's time, read without unpacking the rest (retention looks at nothing else). */
    static Instant time(byte[] packed) {
        ByteBuffer start = ByteBuffer.wrap(packed);
        return Instant.ofEpochSecond(start.getLong(), start.getInt());
    }

    private static byte[] utf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Short.MAX_VALUE) {
            // Ids and details are at most a few hundred characters by the audit's own rules.
            throw new IllegalArgumentException("an audit text of " + bytes.length + " bytes");
        }
        return bytes;
    }

    private static int textBytes(byte[] text) {
        return Short.BYTES + (text == null ? 0 : text.length);
    }

    private static void putText(ByteBuffer packed, byte[] text) {
        if (text == null) {
            packed.putShort((short) -1);
        } else {
            packed.putShort((short) text.length).put(text);
        }
    }

    private static Optional<String> text(ByteBuffer in) {
        int length = in.getShort();
        if (length < 0) {
            return Optional.empty();
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return Optional.of(text);
    }
}
