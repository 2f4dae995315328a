package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.WellFormedText;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolArgumentsTest {

    @Test
    void anUnknownArgumentIsNamedInTheError() {
        assertThatThrownBy(() -> ToolArguments.of(Map.of("titel", "x"), Set.of("title", "content")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("titel: is not an argument of this tool; it takes content, title"));
    }

    /** Its name would make the error itself unwritable as UTF-8, so it is described, not repeated. */
    @Test
    void anArgumentNameThatIsNotValidUnicodeIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> ToolArguments.of(Map.of("ti\uD800tle", "x"), Set.of("title", "content")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("arguments");
                    assertThat(e.getMessage()).isEqualTo(
                            "arguments: names must be valid Unicode text; this tool takes content, title");
                    assertThat(WellFormedText.is(e.getMessage())).isTrue();
                });
    }
}
