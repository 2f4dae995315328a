package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.http.mcp.tool.CreateNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.DeleteNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.GetNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.ListNotesTool;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.mcp.tool.SearchNotesTool;
import dev.notesmcp.adapter.http.mcp.tool.UpdateNoteTool;
import dev.notesmcp.adapter.jwt.JwtAccessTokenVerifier;
import dev.notesmcp.adapter.jwt.JwtSettings;
import dev.notesmcp.adapter.memory.note.InMemoryNoteRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryRevokedAccessTokens;
import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.application.service.note.CreateNoteService;
import dev.notesmcp.application.service.note.DeleteNoteService;
import dev.notesmcp.application.service.note.GetNoteService;
import dev.notesmcp.application.service.note.ListNotesService;
import dev.notesmcp.application.service.note.SearchNotesService;
import dev.notesmcp.application.service.note.UpdateNoteService;
import dev.notesmcp.application.service.token.VerifiedTokenCache;
import dev.notesmcp.application.service.token.VerifyAccessTokenService;
import dev.notesmcp.bootstrap.config.Settings;

import java.time.Clock;
import java.util.List;

/** The application's use cases wired to the adapters the settings choose. Plain constructors, no magic. */
final class ApplicationModule {

    private final NoteRepository notes;
    private final VerifyAccessTokenUseCase verifyAccessToken;
    private final NoteToolCatalog tools;

    ApplicationModule(Settings settings, Clock clock) {
        // Only the in-memory store exists so far; SettingsLoader refuses the others.
        this.notes = new InMemoryNoteRepository();
        this.verifyAccessToken = new VerifyAccessTokenService(
                new VerifiedTokenCache(new JwtAccessTokenVerifier(jwtSettings(settings), clock), clock),
                new InMemoryRevokedAccessTokens(clock));
        this.tools = new NoteToolCatalog(List.of(
                new CreateNoteTool(new CreateNoteService(notes, clock)),
                new ListNotesTool(new ListNotesService(notes)),
                new GetNoteTool(new GetNoteService(notes)),
                new UpdateNoteTool(new UpdateNoteService(notes, clock)),
                new DeleteNoteTool(new DeleteNoteService(notes)),
                new SearchNotesTool(new SearchNotesService(notes))));
    }

    static JwtSettings jwtSettings(Settings settings) {
        return new JwtSettings(settings.publicUrl().toString(), settings.mcpUrl().toString(),
                settings.jwtSigningSecret().bytes());
    }

    VerifyAccessTokenUseCase verifyAccessToken() {
        return verifyAccessToken;
    }

    NoteToolCatalog tools() {
        return tools;
    }
}
