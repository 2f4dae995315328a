package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.ClientProfilesEndToEndTest.ClientProfile;

import java.util.List;

import static dev.notesmcp.bootstrap.ClientProfilesEndToEndTest.Registration.CIMD;
import static dev.notesmcp.bootstrap.ClientProfilesEndToEndTest.Registration.CIMD_PRIVATE_KEY_JWT;
import static dev.notesmcp.bootstrap.ClientProfilesEndToEndTest.Registration.DCR;

/**
 * The registration metadata and redirect URIs the popular MCP clients really send (as of their
 * late-2025 releases). Clients built on the MCP TypeScript SDK (Claude Code, MCP Inspector,
 * opencode) send its default client metadata: public client, code + refresh grants, their own
 * loopback callback. A CIMD document here is what the client publishes at its https URL, served on
 * loopback instead; documents cannot know the port a native client binds, so they list port-less
 * loopback URIs (RFC 8252 §7.3). ChatGPT's document names its signing keys by {@code jwks_uri}
 * ({@code %s.jwks}, served beside it) and it authenticates with {@code private_key_jwt}.
 */
final class ClientProfiles {

    /** What an SDK client asks for when the authorization server lists offline_access (SEP-2207). */
    private static final String WITH_OFFLINE_ACCESS = OAuthClient.ALL_SCOPES + " offline_access";

    private ClientProfiles() {
    }

    static List<ClientProfile> all() {
        return List.of(
                new ClientProfile("Cursor", DCR, """
                        {"client_name":"Cursor","redirect_uris":["cursor://anysphere.cursor-mcp/oauth/callback",
                         "https://www.cursor.com/agents/mcp/oauth/callback","http://localhost:8787/callback"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"none"}""", "cursor://anysphere.cursor-mcp/oauth/callback"),
                new ClientProfile("Claude", DCR, """
                        {"client_name":"Claude","redirect_uris":["https://claude.ai/api/mcp/auth_callback"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"none"}""",
                        "https://claude.ai/api/mcp/auth_callback"),
                new ClientProfile("Claude", CIMD, """
                        {"client_id":"%s","client_name":"Claude","client_uri":"https://claude.ai",
                         "redirect_uris":["https://claude.ai/api/mcp/auth_callback"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"none"}""", "https://claude.ai/api/mcp/auth_callback"),
                new ClientProfile("Claude Code (notes)", DCR, """
                        {"client_name":"Claude Code (notes)","redirect_uris":["http://localhost:54212/callback"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"none"}""", "http://localhost:54212/callback", WITH_OFFLINE_ACCESS),
                new ClientProfile("Claude Code", CIMD, """
                        {"client_id":"%s","client_name":"Claude Code","client_uri":"https://claude.ai",
                         "redirect_uris":["http://localhost/callback","http://127.0.0.1/callback"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"none"}""", "http://localhost:54213/callback", WITH_OFFLINE_ACCESS),
                new ClientProfile("ChatGPT", DCR, """
                        {"client_name":"ChatGPT","redirect_uris":["https://chatgpt.com/connector_platform_oauth_redirect"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"none"}""", "https://chatgpt.com/connector_platform_oauth_redirect"),
                new ClientProfile("ChatGPT", CIMD_PRIVATE_KEY_JWT, """
                        {"client_id":"%1$s","client_name":"ChatGPT","client_uri":"https://chatgpt.com",
                         "redirect_uris":["https://chatgpt.com/connector_platform_oauth_redirect"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"private_key_jwt","jwks_uri":"%1$s.jwks"}""",
                        "https://chatgpt.com/connector_platform_oauth_redirect"),
                new ClientProfile("Visual Studio Code", DCR, """
                        {"client_name":"Visual Studio Code","redirect_uris":["http://127.0.0.1:33418","https://vscode.dev/redirect"],
                         "grant_types":["authorization_code","refresh_token","urn:ietf:params:oauth:grant-type:device_code"],
                         "response_types":["code"],"token_endpoint_auth_method":"none"}""", "http://127.0.0.1:40123"),
                new ClientProfile("Visual Studio Code", CIMD, """
                        {"client_id":"%s","client_name":"Visual Studio Code","client_uri":"https://code.visualstudio.com",
                         "redirect_uris":["http://127.0.0.1/","https://vscode.dev/redirect"],
                         "grant_types":["authorization_code","refresh_token","urn:ietf:params:oauth:grant-type:device_code"],
                         "response_types":["code"],"token_endpoint_auth_method":"none","application_type":"native"}""",
                        "http://127.0.0.1:40124/"),
                new ClientProfile("MCP Inspector", DCR, """
                        {"client_name":"MCP Inspector","client_uri":"https://github.com/modelcontextprotocol/inspector",
                         "redirect_uris":["http://localhost:6274/oauth/callback","http://localhost:6274/oauth/callback/debug"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"none"}""", "http://localhost:6274/oauth/callback", WITH_OFFLINE_ACCESS),
                new ClientProfile("OpenCode", DCR, """
                        {"client_name":"OpenCode","client_uri":"https://opencode.ai",
                         "redirect_uris":["http://127.0.0.1:19876/mcp/oauth/callback"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"none"}""", "http://127.0.0.1:19876/mcp/oauth/callback"),
                new ClientProfile("OpenCode", CIMD, """
                        {"client_id":"%s","client_name":"OpenCode","client_uri":"https://opencode.ai",
                         "redirect_uris":["http://127.0.0.1/mcp/oauth/callback"],
                         "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
                         "token_endpoint_auth_method":"none"}""", "http://127.0.0.1:19877/mcp/oauth/callback"));
    }
}
