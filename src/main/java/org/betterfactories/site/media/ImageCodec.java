package org.betterfactories.site.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Reading and writing images with ImageIO (TwelveMonkeys' JPEG reader, the JDK's writers, libwebp through
 * webp-imageio) and Thumbnailator: decoded with the EXIF orientation applied, framed, resized, encoded again without
 * any of the original's metadata (camera, date, place).
 */
final class ImageCodec {
    /** JPEG quality: photos at phone sizes show no difference from the original. */
    static final float JPEG_QUALITY = 0.8f;
    /** WebP quality: about the JPEG's look at two thirds of its bytes. */
    static final float WEBP_QUALITY = 0.75f;

    private ImageCodec() {
    }

    /** The image, upright (its EXIF orientation applied); PNG keeps its transparency. */
    static BufferedImage read(byte[] bytes) throws IOException {
        try {
            BufferedImage image = Thumbnails.of(new ByteArrayInputStream(bytes)).scale(1.0).useExifOrientation(true)
                    .imageType(hasAlpha(bytes) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
            if (image == null) {
                throw new IOException("not an image this build can read");
            }
            return image;
        } catch (javax.imageio.IIOException | net.coobird.thumbnailator.tasks.UnsupportedFormatException e) {
            throw new IOException("not an image this build can read (" + e.getMessage() + ")", e);
        }
    }

    /** Whether a PNG may have transparent pixels (JPEGs have none). */
    static boolean hasAlpha(byte[] bytes) throws IOException {
        if (!isPng(bytes)) {
            return false;
        }
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes));
        return png != null && png.getColorModel().hasAlpha();
    }

    static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    /**
     * {@code image} framed by {@code crop} and made {@code width} pixels wide (never wider than it is).
     */
    static BufferedImage frame(BufferedImage image, Crop crop, int width) throws IOException {
        if (!crop.square() && width >= image.getWidth()) {
            return image; // as it is: no copy of a 24-megapixel photo for nothing
        }
        int x = 0;
        int y = 0;
        int w = image.getWidth();
        int h = image.getHeight();
        if (crop.square()) {
            int side = Math.min(w, h);
            x = clamp(Math.round(w * crop.x() / 100f - side / 2f), 0, w - side);
            y = clamp(Math.round(h * crop.y() / 100f - side / 2f), 0, h - side);
            w = side;
            h = side;
        }
        int target = Math.min(width, w);
        int height = Math.max(1, Math.round((float) h * target / w));
        return Thumbnails.of(image).sourceRegion(x, y, w, h).forceSize(target, height)
                .imageType(image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                .asBufferedImage();
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        return write(image, "image/jpeg", JPEG_QUALITY, null);
    }

    static byte[] png(BufferedImage image) throws IOException {
        return write(image, "image/png", -1, null);
    }

    static byte[] webp(BufferedImage image) throws IOException {
        return write(image, "image/webp", WEBP_QUALITY, "Lossy");
    }

    /** Whether WebP can be written here (libwebp's native library loads on this system). */
    static boolean webpAvailable() {
        try {
            webp(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
            return true;
        } catch (IOException | LinkageError | RuntimeException e) {
            return false;
        }
    }

    private static byte[] write(BufferedImage image, String mime, float quality, String type) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mime);
        if (!writers.hasNext()) {
            throw new IOException("no writer for " + mime);
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality >= 0 && param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                if (type != null) {
                    param.setCompressionType(type);
                }
                param.setCompressionQuality(quality);
            }
            if (param.canWriteProgressive() && mime.equals("image/jpeg")) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // smaller, and shows early on slow lines
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, null), param); // no metadata: no EXIF, no place
            }
            return out.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}
