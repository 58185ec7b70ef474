package org.betterfactories.site.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Photos made for tests: JPEGs with the EXIF a phone writes (orientation, the place it was taken). */
public final class TestPhotos {
    private TestPhotos() {
    }

    /**
     * A JPEG {@code width} by {@code height} as stored (grey, with a red square in its stored top-left corner and
     * a gradient, so it compresses like a photo), with EXIF orientation {@code orientation} and a GPS latitude.
     */
    public static byte[] jpeg(int width, int height, int orientation) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(90, 120, 140), width, height, new Color(200, 190, 160)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 400; i++) { // some detail, as photos have
            g.setColor(new Color((i * 37) % 256, (i * 91) % 256, (i * 53) % 256));
            g.fillOval((i * 7919) % width, (i * 104729) % height, 5 + i % 40, 5 + i % 30);
        }
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 5, height / 5);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", plain);
        return withExif(plain.toByteArray(), orientation);
    }

    /** {@code jpeg} with an EXIF segment after its start: orientation, and a GPS block with "N" latitude. */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(64);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0: two entries
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // the GPS block's offset
        tiff.putInt(0);
        tiff.putShort((short) 1); // GPS: one entry, GPSLatitudeRef "N"
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        byte[] body = new byte[tiff.position()];
        tiff.flip();
        tiff.get(body);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + body.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Whether {@code bytes} carry an EXIF segment. */
    public static boolean hasExif(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("Exif\0\0");
    }
}
