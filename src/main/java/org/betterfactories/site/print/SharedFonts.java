package org.betterfactories.site.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One copy of each typeface in a PDF joined from parts ({@link PdfAssembly}). Chromium embeds, in each part, a subset
 * of each font that keeps the original glyph numbers (a glyph is at the same place in every subset, the unused ones
 * empty), so the subsets of one face can be merged into one font program that has every glyph any part uses, and
 * every part's font then points at it: the text, its widths and its Unicode mapping stay as Chromium wrote them. The
 * Khmer guide printed in 13 parts carried 13 copies of each face (about 400 KB); merged, it carries one.
 */
final class SharedFonts {
    private SharedFonts() {
    }

    /** Merges, in {@code doc}, the embedded TrueType subsets of each face that Chromium wrote in several parts. */
    static void share(PDDocument doc) throws IOException {
        Map<String, List<PDFontDescriptor>> faces = new TreeMap<>();
        Map<COSStream, byte[]> programs = new IdentityHashMap<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (PDPage page : doc.getPages()) {
            if (page.getResources() == null) {
                continue;
            }
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!(font instanceof PDType0Font t0) || seen.put(font.getCOSObject(), true) != null
                        || !(t0.getDescendantFont() instanceof PDCIDFontType2 cid)
                        || !COSName.IDENTITY.equals(cid.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP))) {
                    continue;
                }
                PDFontDescriptor fd = cid.getFontDescriptor();
                if (fd == null || fd.getFontFile2() == null) {
                    continue;
                }
                String face = font.getName() == null ? "" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
                faces.computeIfAbsent(face, f -> new ArrayList<>()).add(fd);
                COSStream stream = fd.getFontFile2().getCOSObject();
                if (!programs.containsKey(stream)) {
                    try (var in = stream.createInputStream()) {
                        programs.put(stream, in.readAllBytes());
                    }
                }
            }
        }
        for (List<PDFontDescriptor> descriptors : faces.values()) {
            List<byte[]> fonts = new ArrayList<>();
            Map<COSStream, Boolean> distinct = new IdentityHashMap<>();
            for (PDFontDescriptor fd : descriptors) {
                COSStream stream = fd.getFontFile2().getCOSObject();
                if (distinct.put(stream, true) == null) {
                    fonts.add(programs.get(stream));
                }
            }
            if (fonts.size() < 2) {
                continue;
            }
            byte[] merged;
            try {
                merged = merge(fonts);
            } catch (RuntimeException e) {
                continue; // a font that is not as expected: each part keeps its own
            }
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(merged);
            }
            stream.setInt(COSName.LENGTH1, merged.length);
            PDStream shared = new PDStream(stream);
            for (PDFontDescriptor fd : descriptors) {
                fd.setFontFile2(shared);
            }
        }
    }

    /** The tables of a TrueType font, by tag. */
    private static Map<String, byte[]> tables(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int count = b.getShort(4) & 0xffff;
        Map<String, byte[]> tables = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
            int offset = b.getInt(record + 8);
            int length = b.getInt(record + 12);
            byte[] table = new byte[length];
            System.arraycopy(font, offset, table, 0, length);
            tables.put(tag, table);
        }
        return tables;
    }

    /** One font with every glyph of {@code fonts}, subsets of one font that keep its glyph numbers. */
    static byte[] merge(List<byte[]> fonts) {
        List<Map<String, byte[]>> all = new ArrayList<>();
        for (byte[] f : fonts) {
            all.add(tables(f));
        }
        int base = 0;
        int glyphs = 0;
        for (int i = 0; i < all.size(); i++) {
            int n = u16(all.get(i).get("maxp"), 4);
            if (n > glyphs) {
                glyphs = n;
                base = i;
            }
        }
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        ByteBuffer loca = ByteBuffer.allocate(4 * (glyphs + 1));
        ByteBuffer hmtx = ByteBuffer.allocate(4 * glyphs);
        for (int gid = 0; gid < glyphs; gid++) {
            byte[] data = new byte[0];
            int advance = 0;
            int lsb = 0;
            boolean measured = false;
            for (Map<String, byte[]> t : all) {
                int n = u16(t.get("maxp"), 4);
                if (gid >= n) {
                    continue;
                }
                int[] range = glyphRange(t, gid);
                int[] metric = metric(t, gid);
                if (!measured || range[1] > range[0]) {
                    advance = metric[0];
                    lsb = metric[1];
                    measured = true;
                }
                if (range[1] > range[0]) {
                    data = new byte[range[1] - range[0]];
                    System.arraycopy(t.get("glyf"), range[0], data, 0, data.length);
                    break;
                }
            }
            loca.putInt(glyf.size());
            glyf.writeBytes(data);
            while (glyf.size() % 4 != 0) {
                glyf.write(0);
            }
            hmtx.putShort((short) advance).putShort((short) lsb);
        }
        loca.putInt(glyf.size());
        Map<String, byte[]> out = new TreeMap<>(all.get(base));
        out.put("glyf", glyf.toByteArray());
        out.put("loca", loca.array());
        out.put("hmtx", hmtx.array());
        byte[] hhea = all.get(base).get("hhea").clone();
        ByteBuffer.wrap(hhea).putShort(34, (short) glyphs);
        out.put("hhea", hhea);
        byte[] maxp = all.get(base).get("maxp").clone();
        ByteBuffer m = ByteBuffer.wrap(maxp);
        m.putShort(4, (short) glyphs);
        for (int field = 6; field + 2 <= maxp.length; field += 2) { // the largest of each limit
            int largest = 0;
            for (Map<String, byte[]> t : all) {
                byte[] other = t.get("maxp");
                if (other.length >= field + 2) {
                    largest = Math.max(largest, u16(other, field));
                }
            }
            m.putShort(field, (short) largest);
        }
        out.put("maxp", maxp);
        byte[] head = all.get(base).get("head").clone();
        ByteBuffer h = ByteBuffer.wrap(head);
        h.putInt(8, 0);
        h.putShort(50, (short) 1); // long glyph offsets
        out.put("head", head);
        if (out.containsKey("post")) { // glyph names are left out (version 3): their number must match the glyphs
            byte[] post = new byte[32];
            System.arraycopy(out.get("post"), 0, post, 0, Math.min(32, out.get("post").length));
            ByteBuffer.wrap(post).putInt(0, 0x00030000);
            out.put("post", post);
        }
        return write(out);
    }

    private static int[] glyphRange(Map<String, byte[]> t, int gid) {
        byte[] loca = t.get("loca");
        boolean longOffsets = u16(t.get("head"), 50) == 1;
        ByteBuffer b = ByteBuffer.wrap(loca);
        int start = longOffsets ? b.getInt(4 * gid) : 2 * u16(loca, 2 * gid);
        int end = longOffsets ? b.getInt(4 * gid + 4) : 2 * u16(loca, 2 * gid + 2);
        return new int[] {start, end};
    }

    private static int[] metric(Map<String, byte[]> t, int gid) {
        byte[] hmtx = t.get("hmtx");
        int longMetrics = u16(t.get("hhea"), 34);
        ByteBuffer b = ByteBuffer.wrap(hmtx);
        if (gid < longMetrics) {
            return new int[] {u16(hmtx, 4 * gid), b.getShort(4 * gid + 2)};
        }
        int lsbAt = 4 * longMetrics + 2 * (gid - longMetrics);
        return new int[] {u16(hmtx, 4 * (longMetrics - 1)), lsbAt + 2 <= hmtx.length ? b.getShort(lsbAt) : 0};
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    /** The font file of {@code tables}: the table directory, then each table padded to four bytes. */
    private static byte[] write(Map<String, byte[]> tables) {
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int offset = 12 + 16 * count;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer directory = ByteBuffer.allocate(12 + 16 * count);
        directory.putInt(0x00010000).putShort((short) count).putShort((short) (16 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (16 * count - 16 * power));
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            byte[] padded = new byte[(t.getValue().length + 3) & ~3];
            System.arraycopy(t.getValue(), 0, padded, 0, t.getValue().length);
            directory.put(t.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt((int) checksum(padded))
                    .putInt(offset + body.size()).putInt(t.getValue().length);
            body.writeBytes(padded);
        }
        ByteArrayOutputStream font = new ByteArrayOutputStream();
        font.writeBytes(directory.array());
        font.writeBytes(body.toByteArray());
        byte[] bytes = font.toByteArray();
        // head's checkSumAdjustment makes the whole file sum to 0xB1B0AFBA
        int headAt = ByteBuffer.wrap(bytes).getInt(12 + 16 * new ArrayList<>(tables.keySet()).indexOf("head") + 8);
        ByteBuffer.wrap(bytes).putInt(headAt + 8, (int) (0xB1B0AFBAL - checksum(bytes)));
        return bytes;
    }

    private static long checksum(byte[] bytes) {
        long sum = 0;
        ByteBuffer b = ByteBuffer.wrap(bytes);
        for (int i = 0; i + 4 <= bytes.length; i += 4) {
            sum = (sum + (b.getInt(i) & 0xffffffffL)) & 0xffffffffL;
        }
        return sum;
    }
}
