package org.betterfactories.site.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image pipeline: a phone photo comes out upright, without its EXIF (the place it was taken), at each width up
 * to its own and never wider, as JPEG and WebP, the same bytes every time, and from the cache the second time; a
 * profile photo is cut square around its focus point; a PNG stays a PNG with its transparency.
 */
class ImagesTest {
    @TempDir
    Path tmp;

    private Images images(Path file, String cache) {
        return new Images(Map.of("/img/photo.jpg", file), tmp.resolve(cache));
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static byte[] read(Path cacheless, Images images, String sitePath) throws IOException {
        return Files.readAllBytes(images.files(List.of(sitePath)).get(sitePath));
    }

    @Test
    void aPhonePhotoComesOutUprightWithoutExifAtEveryWidthUpToItsOwn() throws IOException {
        // stored 2000 x 1500 with "rotate 90° clockwise to view": upright it is 1500 wide, 2000 high
        Path photo = tmp.resolve("photo.jpg");
        Files.write(photo, TestPhotos.jpeg(2000, 1500, 6));
        assertTrue(TestPhotos.hasExif(Files.readAllBytes(photo)));
        Images images = images(photo, "cache");
        Images.ImageSet set = images.get("/img/photo.jpg", Crop.NONE).orElseThrow();

        assertEquals(List.of(360, 720, 1080, 1500), set.variants().stream().map(Images.Variant::width).toList(),
                "the standard widths below its own, then its own: never wider");
        assertEquals(1500, set.width());
        assertEquals(2000, set.height(), "upright: taller than wide");
        assertEquals(1500, set.originalWidth());
        for (Images.Variant v : set.variants()) {
            byte[] jpeg = read(tmp, images, v.fallback());
            assertFalse(TestPhotos.hasExif(jpeg), "no EXIF left in " + v.fallback());
            assertFalse(new String(jpeg, java.nio.charset.StandardCharsets.ISO_8859_1).contains("GPS"));
            BufferedImage img = decode(jpeg);
            assertEquals(v.width(), img.getWidth());
            assertEquals(v.height(), img.getHeight());
            assertEquals(Math.round(v.width() * 2000f / 1500f), img.getHeight());
            assertTrue(v.fallback().matches("/img/photo-" + v.width() + "\\.[0-9a-f]{10}\\.jpg"), v.fallback());
            if (images.webp()) {
                byte[] webp = read(tmp, images, v.webp());
                assertEquals("RIFF", new String(webp, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
                assertTrue(webp.length < jpeg.length, "WebP is the smaller: " + webp.length + " vs " + jpeg.length);
            }
        }
        // the stored top-left corner is red; turned clockwise, the red is now at the top right
        BufferedImage small = decode(read(tmp, images, set.variants().get(0).fallback()));
        assertTrue(red(small.getRGB(small.getWidth() - 10, 10)), "the red corner is at the top right");
        assertFalse(red(small.getRGB(10, 10)), "not at the top left, where it was stored");
        // much smaller than the original, for a phone
        assertTrue(set.variants().get(0).fallbackBytes() * 5 < Files.size(photo),
                set.variants().get(0).fallbackBytes() + " of " + Files.size(photo));
    }

    private static boolean red(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 200 && g < 80 && b < 80;
    }

    @Test
    void theSameOriginalGivesTheSameBytesAndIsResizedOnlyOnce() throws IOException {
        Path photo = tmp.resolve("photo.jpg");
        Files.write(photo, TestPhotos.jpeg(900, 600, 1));
        Images first = images(photo, "a");
        Images.ImageSet a = first.get("/img/photo.jpg", Crop.NONE).orElseThrow();
        Images.ImageSet b = images(photo, "b").get("/img/photo.jpg", Crop.NONE).orElseThrow();
        assertEquals(a, b, "the same names and sizes");
        for (String path : a.paths()) {
            assertArrayEquals(read(tmp, first, path), Files.readAllBytes(tmp.resolve("b").resolve(
                    first.files(List.of(path)).get(path).getFileName())), path);
        }
        // a second build with the same cache reads the copies instead of making them: a copy changed in the
        // cache is what it gets (the original is not decoded again)
        Path kept = first.files(List.of(a.variants().get(0).fallback())).get(a.variants().get(0).fallback());
        Files.write(kept, new byte[] {1, 2, 3});
        Images.ImageSet again = images(photo, "a").get("/img/photo.jpg", Crop.NONE).orElseThrow();
        assertEquals(3, again.variants().get(0).fallbackBytes());
        // a changed photo gets new names
        Files.write(photo, TestPhotos.jpeg(900, 600, 3));
        Images.ImageSet changed = images(photo, "a").get("/img/photo.jpg", Crop.NONE).orElseThrow();
        assertFalse(changed.variants().get(0).fallback().equals(a.variants().get(0).fallback()));
    }

    @Test
    void aSmallImageIsNeverEnlarged() throws IOException {
        Path photo = tmp.resolve("photo.jpg");
        Files.write(photo, TestPhotos.jpeg(300, 200, 1));
        Images.ImageSet set = images(photo, "c").get("/img/photo.jpg", Crop.NONE).orElseThrow();
        assertEquals(1, set.variants().size());
        assertEquals(300, set.width());
        assertEquals(200, set.height());
    }

    @Test
    void aProfilePhotoIsCutSquareAroundItsFocusPoint() throws IOException {
        Path photo = tmp.resolve("photo.jpg");
        Files.write(photo, TestPhotos.jpeg(1600, 800, 1)); // red in the top-left fifth
        Images images = images(photo, "d");
        Images.ImageSet centre = images.get("/img/photo.jpg", Crop.square("").orElseThrow()).orElseThrow();
        assertEquals(centre.width(), centre.height());
        assertEquals(800, centre.width());
        BufferedImage middle = decode(read(tmp, images, centre.variants().get(0).fallback()));
        assertFalse(red(middle.getRGB(5, 5)), "the centre square does not reach the red corner");
        Images.ImageSet left = images.get("/img/photo.jpg", Crop.square("0% 0%").orElseThrow()).orElseThrow();
        BufferedImage corner = decode(read(tmp, images, left.variants().get(0).fallback()));
        assertTrue(red(corner.getRGB(5, 5)), "focused on the left, the square starts at the left edge");
        assertTrue(Crop.square("50 30").isEmpty(), "a focus point is two percentages");
    }

    @Test
    void aPngKeepsItsTransparency() throws IOException {
        BufferedImage drawing = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
        drawing.setRGB(10, 10, 0xff0a4f8c);
        Path png = tmp.resolve("chart.png");
        ImageIO.write(drawing, "png", png.toFile());
        Images images = new Images(Map.of("/img/chart.png", png), tmp.resolve("e"));
        Images.ImageSet set = images.get("/img/chart.png", Crop.NONE).orElseThrow();
        String path = set.variants().get(0).fallback();
        assertTrue(path.endsWith(".png"), path);
        BufferedImage out = decode(read(tmp, images, path));
        assertNotNull(out);
        assertTrue(out.getColorModel().hasAlpha());
        assertEquals(0, out.getRGB(200, 100) >>> 24, "still transparent");
    }
}
