package org.betterfactories.site.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every generated page passes the Nu Html Checker (the W3C validator), in-process and offline. */
@SlowTest
class HtmlValidityTest {

    @Test
    void everyPageOfTheSiteIsValidHtml() throws Exception {
        Path site = ShippedSite.previewDir();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 50, "the shipped site's pages: " + pages.size());
        List<String> errors = new ArrayList<>();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        Collector collector = new Collector(errors);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        for (Path page : pages) {
            collector.page = site.relativize(page).toString();
            InputSource in = new InputSource(Files.newInputStream(page));
            in.setEncoding("UTF-8");
            in.setSystemId(page.toUri().toString());
            validator.checkHtmlInputSource(in);
        }
        assertTrue(pages.size() > 100, "checked " + pages.size() + " pages");
        assertTrue(errors.isEmpty(), errors.size() + " errors:\n" + String.join("\n", errors));
    }

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    @Test
    void pagesWithPhotosFiguresVideosAndASquarePortraitAreValidHtml() throws Exception {
        Path project = org.betterfactories.site.media.MediaFixture.project(tmp);
        Path out = tmp.resolve("out");
        org.betterfactories.site.testing.TestSites.Run run = org.betterfactories.site.testing.TestSites.main("build",
                "--project", project.toString(), "--out", out.toString());
        assertTrue(run.exitCode() == 0, run.err());
        List<String> errors = new ArrayList<>();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        Collector collector = new Collector(errors);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        for (String page : List.of("en/photos/index.html", "en/guide/wages/index.html",
                "en/profiles/sokha/index.html", "en/offline/index.html", "km/guide/index.html")) {
            collector.page = page;
            InputSource in = new InputSource(Files.newInputStream(out.resolve(page)));
            in.setEncoding("UTF-8");
            in.setSystemId(out.resolve(page).toUri().toString());
            validator.checkHtmlInputSource(in);
        }
        assertTrue(errors.isEmpty(), errors.size() + " errors:\n" + String.join("\n", errors));
    }

    @Test
    void theCheckerReallyReportsInvalidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        Collector collector = new Collector(errors);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        collector.page = "bad.html";
        validator.checkHtmlInputSource(new InputSource(new StringReader(
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><ul><p>no</p></ul>"
                        + "<img src=a.png><a href=x target=_blank id=d></a><i id=d></i></body></html>")));
        assertTrue(errors.size() >= 3, errors.toString());
    }

    /** Collects errors with their page and line; warnings (advice) are not failures. */
    private static final class Collector implements ErrorHandler {
        private final List<String> errors;
        String page;

        Collector(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public void warning(SAXParseException e) {
            // advice only
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

}
