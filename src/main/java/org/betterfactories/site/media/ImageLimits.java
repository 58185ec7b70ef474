package org.betterfactories.site.media;

import java.util.Locale;

/**
 * How large an original image may be before {@code check} warns (site.yml {@code budgets: imageKB, imagePixels}):
 * the site publishes only resized copies, but a huge original slows every build, weighs on the repository and is
 * slow for editors to upload over a phone connection.
 *
 * @param maxBytes the largest file, in bytes
 * @param maxPixels the longest side, in pixels
 */
public record ImageLimits(long maxBytes, int maxPixels) {
    /** 2 MB, 4,000 pixels: a phone photo saved at full quality is 3 to 6 MB and 4,000 pixels or more. */
    public static final ImageLimits DEFAULT = new ImageLimits(2_000_000, 4000);

    /** Where a warning goes: the text to find in the content file, the message, the fix. */
    public interface Warn {
        void warn(String needle, String message, String fix);
    }

    /** Warns, at {@code needle}, when the original of {@code set} is over a limit. */
    public void check(Images.ImageSet set, String needle, Warn warn) {
        if (set.originalBytes() > maxBytes) {
            warn.warn(needle, "the image " + set.source() + " is " + mb(set.originalBytes()) + ", over the "
                    + mb(maxBytes) + " set for originals (readers get resized copies, but every build and upload pays"
                    + " for it)", "Save it smaller (at most " + maxPixels + " pixels wide, JPEG quality 85) and replace"
                    + " the file; or raise `budgets: imageKB` in site.yml");
        } else if (Math.max(set.originalWidth(), set.originalHeight()) > maxPixels) {
            warn.warn(needle, "the image " + set.source() + " is " + set.originalWidth() + " × "
                    + set.originalHeight() + " pixels, over the " + maxPixels + " set for originals",
                    "Save it at most " + maxPixels + " pixels on its longest side and replace the file; or raise"
                            + " `budgets: imagePixels` in site.yml");
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
