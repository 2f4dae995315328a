package dev.notesmcp.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.notesmcp.adapter.cimd.CachedClientMetadataDocuments;
import dev.notesmcp.adapter.devlogin.DevIdentityProvider;
import dev.notesmcp.adapter.github.GitHubIdentityProvider;
import dev.notesmcp.adapter.http.WebApplication;
import dev.notesmcp.adapter.jwt.JwtAccessTokenSigner;
import dev.notesmcp.adapter.memory.note.InMemoryNoteRepository;
import dev.notesmcp.application.service.note.CreateNoteService;
import dev.notesmcp.bootstrap.Main;
import dev.notesmcp.domain.note.Note;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules are only as good as what they look at: every module's production classes, and none
 * of the test fixtures (which break the rules on purpose).
 */
class ProductionImportTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(Packages.ROOT);

    @Test
    void importsEveryModule() {
        assertThat(PRODUCTION.contain(Note.class)).isTrue();
        assertThat(PRODUCTION.contain(CreateNoteService.class)).isTrue();
        assertThat(PRODUCTION.contain(JwtAccessTokenSigner.class)).isTrue();
        assertThat(PRODUCTION.contain(InMemoryNoteRepository.class)).isTrue();
        assertThat(PRODUCTION.contain(WebApplication.class)).isTrue();
        assertThat(PRODUCTION.contain(GitHubIdentityProvider.class)).isTrue();
        assertThat(PRODUCTION.contain(DevIdentityProvider.class)).isTrue();
        assertThat(PRODUCTION.contain(CachedClientMetadataDocuments.class)).isTrue();
        assertThat(PRODUCTION.contain(Main.class)).isTrue();
    }

    @Test
    void importsNoTestClassesOrFixtures() {
        assertThat(PRODUCTION.stream().map(JavaClass::getName))
                .noneMatch(name -> name.contains(".archfixture") || name.startsWith("dev.notesmcp.architecture"));
    }
}
