package dev.notesmcp.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code CIMD} and {@code CIMD_ALLOW_LOOPBACK} as the settings loader reads them. */
class ClientMetadataDocumentsVariablesTest {

    private static Settings load(Map<String, String> env) {
        return SettingsLoader.load(Environment.of(env));
    }

    @Test
    void unsetDocumentsAreOnAndLoopbackIsNot() {
        assertThat(load(Map.of()).clientMetadataDocuments()).isEqualTo(ClientMetadataDocumentSettings.DEFAULT);
    }

    @Test
    void bothCanBeSetOnALoopbackServer() {
        assertThat(load(Map.of("CIMD", "false")).clientMetadataDocuments().enabled()).isFalse();
        assertThat(load(Map.of("CIMD_ALLOW_LOOPBACK", "true")).clientMetadataDocuments().allowLoopback()).isTrue();
    }

    @Test
    void loopbackDocumentsAreRefusedOnAPublicServerInOneLine() {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> load(Map.of(
                "PUBLIC_URL", "https://notes.example", "CIMD_ALLOW_LOOPBACK", "true")));
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).filteredOn(problem -> problem.startsWith("CIMD_ALLOW_LOOPBACK"))
                .containsExactly("CIMD_ALLOW_LOOPBACK: only for tests on a loopback PUBLIC_URL (got https://notes.example);"
                        + " remove it, or it would let anyone make this server fetch from its own machine");
    }

    @Test
    void aValueThatIsNotABooleanIsNamed() {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> load(Map.of("CIMD", "maybe")));
        assertThat(refused.problems()).containsExactly("CIMD: must be true or false (got 'maybe')");
    }
}
