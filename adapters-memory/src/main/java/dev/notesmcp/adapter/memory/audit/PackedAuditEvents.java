package dev.notesmcp.adapter.memory.audit;

import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
 * <p>Layout: the instant (epoch second, nanosecond), the kind's ordinal, the user and the client
 * (a presence byte, then modified UTF-8), the number of details, then each detail's ordinal and value.
 * It lives only in this process's memory, so the enums' ordinals are a stable enough key.
 */
final class PackedAuditEvents {

    /** A tool call's event packs into ≈110 bytes; the buffer grows past this if needed. */
    private static final int TYPICAL_SIZE = 160;

    private static final AuditEventKind[] KINDS = AuditEventKind.values();
    private static final AuditDetail[] DETAILS = AuditDetail.values();

    private PackedAuditEvents() {
    }

    static byte[] pack(AuditEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(TYPICAL_SIZE);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(event.time().getEpochSecond());
            out.writeInt(event.time().getNano());
            out.writeByte(event.kind().ordinal());
            writeOptional(out, event.user().map(UserId::value));
            writeOptional(out, event.client().map(ClientId::value));
            out.writeByte(event.details().size());
            for (Map.Entry<AuditDetail, String> detail : event.details().entrySet()) {
                out.writeByte(detail.getKey().ordinal());
                out.writeUTF(detail.getValue());
            }
        } catch (IOException e) {
            // Only writeUTF can throw here, for a value over 64 KiB: the audit's own rules forbid that.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static AuditEvent unpack(byte[] packed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            Instant time = Instant.ofEpochSecond(in.readLong(), in.readInt());
            AuditEventKind kind = KINDS[in.readUnsignedByte()];
            Optional<UserId> user = readOptional(in).map(UserId::new);
            Optional<ClientId> client = readOptional(in).map(ClientId::new);
            int count = in.readUnsignedByte();
            Map<AuditDetail, String> details = new EnumMap<>(AuditDetail.class);
            for (int i = 0; i < count; i++) {
                details.put(DETAILS[in.readUnsignedByte()], in.readUTF());
            }
            return new AuditEvent(time, kind, user, client, details);
        } catch (IOException e) {
            throw new IllegalStateException("a packed audit event is truncated", e);
        }
    }

    /** The event's time, read without unpacking the rest (retention looks at nothing else). */
    static Instant time(byte[] packed) {
        ByteBuffer start = ByteBuffer.wrap(packed);
        return Instant.ofEpochSecond(start.getLong(), start.getInt());
    }

    private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }
}
