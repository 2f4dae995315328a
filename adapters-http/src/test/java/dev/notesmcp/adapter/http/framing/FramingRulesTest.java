package dev.notesmcp.adapter.http.framing;

import dev.notesmcp.adapter.http.errors.ErrorBody;
import io.helidon.http.HeaderNames;
import io.helidon.http.WritableHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FramingRulesTest {

    @ParameterizedTest(name = "Content-Length [{0}] Transfer-Encoding [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "12          | -             | 0",
            "0           | -             | 0",
            "-           | chunked       | 0",
            "-           | -             | 0",
            "-1          | -             | 400",
            "+5          | -             | 400",
            "0x10        | -             | 400",
            "5, 5        | -             | 400",
            "''          | -             | 400",
            "1234567890123456789 | -     | 400",
            "12          | chunked       | 400",
            "-           | xchunked      | 501",
            "-           | gzip, chunked | 501",
            "-           | Chunked       | 400",
            "-           | chunked, chunked | 400",
    })
    void onlyFramingsHelidonReadsAsWeDoPass(String contentLength, String transferEncoding, int expected) {
        WritableHeaders<?> headers = WritableHeaders.create();
        if (contentLength != null) {
            headers.add(HeaderNames.CONTENT_LENGTH, contentLength);
        }
        if (transferEncoding != null) {
            headers.add(HeaderNames.TRANSFER_ENCODING, transferEncoding);
        }

        Optional<ErrorBody> refusal = FramingRules.refusal(headers);

        if (expected == 0) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(error -> {
                assertThat(error.status().code()).isEqualTo(expected);
                assertThat(error.closeConnection()).isTrue();
            });
        }
    }
}
