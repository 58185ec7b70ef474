package org.betterfactories.site.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A printed PDF's metadata (Apache PDFBox; the pages themselves are not touched, so Chromium's Khmer stays as it
 * printed it): title, author, subject, language, and the build's date instead of the moment of printing, and a
 * document ID from the hash of what was printed, so the same input gives the same bytes.
 */
final class PdfMetadata {
    static final String AUTHOR = "Better Factories Cambodia";

    private PdfMetadata() {
    }

    /**
     * Chromium names tagged elements after its DOM nodes ({@code node00007435}), and the numbers move by one or two
     * from one print to the next: they are renamed in document order ({@code e1}, {@code e2} ...), with the table
     * headers that refer to them, so the same page prints to the same bytes.
     */
    static void renumberStructureIds(PDDocument doc) {
        renumberStructureIds(doc, "");
    }

    /**
     * The same, with {@code prefix} before each new name: the parts of a PDF printed in parts are renamed apart
     * ({@code p2-e1}) before they are joined, as Chromium starts its numbering again in each.
     */
    static void renumberStructureIds(PDDocument doc, String prefix) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.List<org.apache.pdfbox.cos.COSDictionary> elements = new java.util.ArrayList<>();
        for (org.apache.pdfbox.cos.COSObject o : doc.getDocument().getXrefTable().keySet().stream().sorted()
                .map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
            if (o.getObject() instanceof org.apache.pdfbox.cos.COSDictionary d && COSName.getPDFName("StructElem")
                    .equals(d.getCOSName(COSName.TYPE))) {
                elements.add(d);
            }
        }
        java.util.TreeMap<String, org.apache.pdfbox.cos.COSDictionary> byName = new java.util.TreeMap<>();
        for (org.apache.pdfbox.cos.COSDictionary d : elements) {
            if (d.getDictionaryObject(COSName.ID) instanceof COSString id) {
                String name = prefix + "e" + (names.size() + 1);
                names.put(id.getString(), name);
                d.setItem(COSName.ID, new COSString(name));
                byName.put(name, d);
            }
        }
        for (org.apache.pdfbox.cos.COSDictionary d : elements) {
            if (d.getDictionaryObject(COSName.A) instanceof COSArray attributes) {
                for (org.apache.pdfbox.cos.COSBase a : attributes) {
                    if (a instanceof org.apache.pdfbox.cos.COSObject obj) {
                        a = obj.getObject();
                    }
                    if (a instanceof org.apache.pdfbox.cos.COSDictionary ad
                            && ad.getDictionaryObject(COSName.getPDFName("Headers")) instanceof COSArray headers) {
                        for (int i = 0; i < headers.size(); i++) {
                            if (headers.getObject(i) instanceof COSString h && names.containsKey(h.getString())) {
                                headers.set(i, new COSString(names.get(h.getString())));
                            }
                        }
                    }
                }
            }
        }
        org.apache.pdfbox.cos.COSDictionary root = doc.getDocumentCatalog().getCOSObject()
                .getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root != null && root.containsKey(COSName.getPDFName("IDTree"))) {
            // the name tree from ID to element, made again with the new names (in their sort order, as it must be)
            COSArray pairs = new COSArray();
            byName.forEach((name, element) -> {
                pairs.add(new COSString(name));
                pairs.add(element);
            });
            org.apache.pdfbox.cos.COSDictionary tree = new org.apache.pdfbox.cos.COSDictionary();
            tree.setItem(COSName.NAMES, pairs);
            root.setItem(COSName.getPDFName("IDTree"), tree);
        }
    }

    static byte[] apply(byte[] pdf, String title, String lang, String subject, Instant date, String id)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(AUTHOR);
            info.setSubject(subject);
            info.setCreator("Better Factories Cambodia site builder, printed by headless Chromium");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(date.toEpochMilli());
            info.setCreationDate(when);
            info.setModificationDate(when);
            doc.getDocumentCatalog().setLanguage(lang);
            COSArray ids = new COSArray();
            byte[] bytes = id.getBytes(StandardCharsets.US_ASCII);
            ids.add(new COSString(bytes));
            ids.add(new COSString(bytes));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            renumberStructureIds(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
