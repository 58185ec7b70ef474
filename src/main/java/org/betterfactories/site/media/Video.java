package org.betterfactories.site.media;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YouTube or Vimeo video that a page links to, with the addresses its facade needs: the page to watch it on
 * (the link that works without JavaScript) and the player that loads only when the reader presses play, from
 * YouTube's privacy-enhanced host or with Vimeo's "do not track".
 *
 * @param site the name shown on the play button ("YouTube")
 * @param watch the video's own page
 * @param embed the player's address
 */
public record Video(String site, String watch, String embed) {
    /** The hosts players are loaded from, for the Content-Security-Policy's {@code frame-src}. */
    public static final String YOUTUBE_PLAYER = "https://www.youtube-nocookie.com";
    public static final String VIMEO_PLAYER = "https://player.vimeo.com";
    /** The script that puts the player in place of the poster, added to the pages that have a video. */
    public static final String SCRIPT = "/js/video.js";

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern QUERY_V = Pattern.compile("(?:^|&)v=([A-Za-z0-9_-]{11})(?:&|$)");

    /** The video {@code href} links to, if it is a YouTube or Vimeo video's address. */
    public static Optional<Video> of(String href) {
        URI uri;
        try {
            uri = new URI(href.strip());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || !"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(www|m)\\.", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        String id = null;
        if (host.equals("youtube.com") || host.equals("youtube-nocookie.com")) {
            Matcher v = QUERY_V.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
            if (path.equals("/watch") && v.find()) {
                id = v.group(1);
            } else if (path.matches("/(embed|shorts|live)/[A-Za-z0-9_-]{11}/?")) {
                id = path.split("/")[2];
            }
        } else if (host.equals("youtu.be") && path.length() > 1) {
            id = path.substring(1).replaceFirst("/$", "");
        } else if (host.equals("vimeo.com") && path.matches("/\\d{5,12}/?")) {
            String number = path.replace("/", "");
            return Optional.of(new Video("Vimeo", "https://vimeo.com/" + number,
                    VIMEO_PLAYER + "/video/" + number + "?dnt=1&autoplay=1"));
        }
        if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Video("YouTube", "https://www.youtube.com/watch?v=" + id,
                YOUTUBE_PLAYER + "/embed/" + id + "?autoplay=1"));
    }

    private static final java.util.regex.Pattern EMBED = java.util.regex.Pattern.compile(
            "data-embed=\"(https://[a-z0-9.-]+)/");

    /**
     * The origins of the players that {@code pages} (their HTML) embed once the reader presses play. Give it only the
     * pages that load {@link #SCRIPT}: the others have no video.
     */
    public static java.util.SortedSet<String> playerOrigins(java.util.Collection<byte[]> pages) {
        java.util.SortedSet<String> origins = new java.util.TreeSet<>();
        for (byte[] page : pages) {
            java.util.regex.Matcher m = EMBED.matcher(new String(page, java.nio.charset.StandardCharsets.UTF_8));
            while (m.find()) {
                origins.add(m.group(1));
            }
        }
        return origins;
    }
}
