package dev.notesmcp.adapter.cimd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a body up to a limit; one byte past it fails with {@link TooLarge}, the rest unread. */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[2048];
        int read;
        while ((read = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - bytes.size()))) != -1) {
            bytes.write(buffer, 0, read);
            if (bytes.size() > limit) {
                throw new TooLarge();
            }
        }
        return bytes.toByteArray();
    }

    /** The body was longer than we are willing to read. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("body too large");
        }
    }
}
