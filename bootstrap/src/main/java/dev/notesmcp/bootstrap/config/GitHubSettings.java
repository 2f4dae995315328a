package dev.notesmcp.bootstrap.config;

import java.net.URI;

/** The GitHub OAuth App and where GitHub (or GitHub Enterprise Server) lives. */
public record GitHubSettings(String clientId, Secret clientSecret, URI webUrl, URI apiUrl) {
}
