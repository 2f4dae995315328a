package dev.notesmcp.bootstrap.hostile;

import dev.notesmcp.bootstrap.hostile.RawExchange.Request;
import dev.notesmcp.bootstrap.hostile.RawExchange.Response;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own hostile-input suite (issue 8): one row per kind of bad request, for every endpoint, sent
 * byte for byte over a socket to the real server. Each row must get its expected status and error
 * code; every row must get no 5xx, a JSON body (or our HTML page on browser routes), no internals
 * and none of the secrets it carried; and after it nothing is stored: no table holds a row more
 * (where the configuration can count them) and the attacked user's {@code list_notes} answers
 * exactly as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInputSuite {

    /** The server under attack, started by the subclass. */
    abstract Fixture fixture();

    /** Counts every store's rows, where the configuration allows it. */
    abstract Optional<StoreCensus> census();

    static Stream<HostileRow> rows() {
        return Stream.of(McpRows.rows(), OAuthRows.rows(), BrowserRows.rows()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedCleanlyAndStoresNothing(HostileRow row) {
        Fixture fixture = fixture().withNewUser();
        Request request = row.request().apply(fixture);
        Optional<Map<String, Long>> rowsBefore = census().map(StoreCensus::count);
        String notesBefore = fixture.notesOfTheUser();

        Response response = fixture.send(request);

        try {
            row.expect().check(response);
            Expect.assertNoLeak(response, row.allowedServerErrors(),
                    List.of(fixture.token, fixture.confidentialSecret, OAuthRows.PLANTED_SECRET, Fixture.VERIFIER),
                    row.browserRoute());
        } catch (AssertionError e) {
            throw new AssertionError(row + ": " + e.getMessage() + "\n  answer: " + response.describe(), e);
        }
        rowsBefore.ifPresent(before -> {
            Map<String, Long> after = census().orElseThrow().count();
            before.forEach((table, count) -> assertThat(after.get(table))
                    .as(row + ": rows in " + table + " after the request").isLessThanOrEqualTo(count));
        });
        assertThat(fixture.notesOfTheUser()).as(row + ": the user's notes after the request").isEqualTo(notesBefore);
    }
}
