package dev.notesmcp.bootstrap.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTableTest {

    @Test
    void padsEachColumnToItsWidestCell() {
        String table = new TextTable("ID", "NAME").row("a-long-id", "x").row("b", "second name").render();

        assertThat(table).isEqualTo("""
                ID         NAME
                a-long-id  x
                b          second name""");
    }

    @Test
    void aRowMustFillEveryColumn() {
        assertThatThrownBy(() -> new TextTable("A", "B").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
