package org.betterfactories.site.config;

import org.jspecify.annotations.Nullable;

/**
 * {@code site.yml}'s {@code editor:} block: where the web editor at {@code /admin/} saves (README, "Editing in
 * the browser").
 *
 * @param repo the GitHub repository, {@code owner/name}
 * @param branch the branch editors' changes go to ({@code edits}); a workflow proposes it for merging into
 *     {@code main} as a pull request, which the checks annotate
 * @param authUrl the address of an OAuth client for GitHub sign-in (Sveltia CMS Authenticator or the like); null
 *     when editors sign in with a personal access token
 */
public record EditorSettings(String repo, String branch, @Nullable String authUrl) {
}
