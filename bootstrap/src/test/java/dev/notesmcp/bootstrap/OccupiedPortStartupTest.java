package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.config.InvalidSettingsException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A port another process listens on stops the start with one line naming PORT; Helidon itself only
 * logs the failed bind and returns, which let the banner announce a server that was not there.
 */
class OccupiedPortStartupTest {

    @Test
    void aPortInUseStopsTheStartAndSaysWhatToChange() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                    () -> TestServer.start(Map.of("PORT", String.valueOf(port), "PUBLIC_URL", "http://localhost:" + port))
                            .close());

            assertThat(refused).as("the server must not start").isNotNull();
            assertThat(refused.problems()).containsExactly("PORT: nothing listens on 127.0.0.1:" + port
                    + " (the port is in use, or HOST is not an address of this machine); stop what uses it,"
                    + " or set PORT (or HOST) to another value");
        }
    }
}
