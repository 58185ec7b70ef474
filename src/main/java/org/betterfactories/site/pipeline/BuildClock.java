package org.betterfactories.site.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The build's "today", which decides whether a page with a later {@code date} (or {@code publishDate}) is
 * published yet. It is the day {@code SOURCE_DATE_EPOCH} names when that is set (the reproducible-builds
 * convention: seconds since 1970-01-01 UTC), so that a build can be repeated byte for byte; else the clock's day.
 * Days are counted in Cambodia's time zone: a page dated 5 March is published from midnight in Phnom Penh.
 */
public final class BuildClock {
    /** The time zone of the site's days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Phnom_Penh");

    private BuildClock() {
    }

    /** Today for this process: from its environment and the system clock. */
    public static LocalDate today() {
        return today(System.getenv(), Clock.systemUTC());
    }

    /**
     * Today from {@code SOURCE_DATE_EPOCH} in {@code env} when set, else from {@code clock}.
     *
     * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is not a whole number of seconds
     */
    public static LocalDate today(Map<String, String> env, Clock clock) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return LocalDate.ofInstant(clock.instant(), ZONE);
        }
        try {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZONE);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("error: SOURCE_DATE_EPOCH=" + epoch + " is not a time: it must be the"
                    + " number of seconds since 1970-01-01 UTC, e.g. `date +%s` or `git log -1 --format=%ct`. Set it"
                    + " so, or unset it to build with today's date.", e);
        }
    }
}
