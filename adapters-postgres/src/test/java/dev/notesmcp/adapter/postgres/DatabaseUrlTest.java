package dev.notesmcp.adapter.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void parsesTheTutorialForm() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://notes:s3cret@db.example.com:6543/notes_prod");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/notes_prod");
        assertThat(url.user()).contains("notes");
        assertThat(url.password()).contains("s3cret");
    }

    @Test
    void acceptsThePostgresqlScheme() {
        assertThat(DatabaseUrl.parse("postgresql://u:p@localhost/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost/db");
    }

    @Test
    void decodesPercentEncodedUserAndPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%40ss%3Aw%2Fo+rd%25@localhost:5432/db");

        assertThat(url.user()).contains("us@er");
        assertThat(url.password()).contains("p@ss:w/o+rd%");
    }

    @Test
    void honoursSslmode() {
        assertThat(DatabaseUrl.parse("postgres://u:p@h:5432/db?sslmode=require").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
        assertThat(DatabaseUrl.parse("postgres://u:p@h/db?sslmode=VERIFY-FULL&connectTimeout=5").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h/db?sslmode=verify-full&connectTimeout=5");
    }

    @Test
    void aUserWithoutPasswordIsFine() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://postgres@127.0.0.1:5432/test");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(url.user()).contains("postgres");
        assertThat(url.password()).isEmpty();
    }

    @Test
    void passesAJdbcUrlThrough() {
        String jdbc = "jdbc:postgresql://h:5432/db?user=u&password=p&sslmode=require";

        assertThat(DatabaseUrl.parse(jdbc)).isEqualTo(new DatabaseUrl(jdbc, Optional.empty(), Optional.empty()));
    }

    @Test
    void toStringHidesThePassword() {
        assertThat(DatabaseUrl.parse("postgres://u:hunter2@h/db").toString()).doesNotContain("hunter2").contains("***");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mysql://u:hunter2@h/db",
            "postgres://u:hunter2@/db",
            "postgres://u:hunter2@h",
            "postgres://u:hunter2@h/",
            "postgres://u:hunter2@h/a/b",
            "postgres://u:hunter2@h/db?sslmode=sometimes",
            "postgres://u:hunter2@h/db?password=hunter2",
            "postgres://u:hunter2 x@h/db",
            "postgres://u:hunter2%zz@h/db",
            "hunter2",
            "",
            "   "})
    void rejectsMalformedUrlsWithoutShowingThePassword(String value) {
        assertThatThrownBy(() -> DatabaseUrl.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DATABASE_URL ")
                .message().doesNotContain("hunter2");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> DatabaseUrl.parse(null)).hasMessageContaining("DATABASE_URL");
    }

    @Test
    void settingsDefaultToASmallPoolWithAShortTimeout() {
        PostgresSettings settings = PostgresSettings.of("postgres://u:p@h/db");

        assertThat(settings.schema()).isEqualTo("public");
        assertThat(settings.maxPoolSize()).isEqualTo(10);
        assertThat(settings.connectionTimeout()).hasSeconds(3);
        assertThatThrownBy(() -> settings.withSchema("bad; drop")).isInstanceOf(IllegalArgumentException.class);
    }
}
