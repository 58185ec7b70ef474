package org.betterfactories.site.html;

/**
 * A page that exists but is not published by this build: a link to it is an error that says why.
 *
 * @param what what the page is, for the message ("a draft page")
 * @param fix what to do about the link
 */
public record Unpublished(String what, String fix) {
}
