package org.betterfactories.site.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.betterfactories.site.testing.TestSites;

/** The valid fixture site with photos and videos, for the media tests in the build and in browsers. */
public final class MediaFixture {
    /** The YouTube video of the photos page. */
    public static final String VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    private MediaFixture() {
    }

    /** The valid fixture with a page of five photos and a video, an AsciiDoc figure and video, and a profile photo. */
    public static Path project(Path tmp) throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path img = project.resolve("assets/img");
        for (int i = 1; i <= 5; i++) {
            Files.write(img.resolve("photo-" + i + ".jpg"), TestPhotos.jpeg(1800 + i * 10, 1200, 1));
        }
        Files.write(img.resolve("poster.jpg"), TestPhotos.jpeg(1280, 720, 1));
        Files.write(img.resolve("portrait.jpg"), TestPhotos.jpeg(1200, 1700, 1));
        StringBuilder md = new StringBuilder("---\ntitle: Photos from the field\nimage: /img/photo-1.jpg\nimageAlt: Workers at a training day\n---\n\nFive photos and a video.\n\n");
        md.append("![Workers at a training day](/img/photo-1.jpg \"A training day\"){credit=\"Photo: example\"}\n\n");
        for (int i = 2; i <= 5; i++) {
            md.append("Some text between the photos, as a page has.\n\n![Photo ").append(i).append(" of the day](/img/photo-")
                    .append(i).append(".jpg)\n\n");
        }
        md.append("[![The winner on stage](/img/poster.jpg \"I Am Precious\")](").append(VIDEO).append(")\n");
        Files.writeString(project.resolve("content/en/photos.md"), md.toString());
        Path wages = project.resolve("content/en/guide/wages.adoc");
        Files.writeString(wages, Files.readString(wages) + "\n.A wage slip [.credit]#Photo: example#\n"
                + "image::/img/photo-2.jpg[A wage slip on a table]\n\n"
                + "image::/img/poster.jpg[A talk about wages,link=https://vimeo.com/123456789]\n");
        Path profiles = project.resolve("content/en/profiles");
        Files.createDirectories(profiles);
        Files.writeString(profiles.resolve("_index.md"), "---\ntitle: Profiles\n---\n\nProfiles.\n");
        Files.writeString(profiles.resolve("sokha.md"), "---\ntitle: Sokha\ndisplayName: Sokha\nexperience: Example"
                + " text.\nphoto: /img/portrait.jpg\nphotoAlt: A portrait\nphotoConsent: 2026-11-23\nphotoFocus: 50% 20%\n"
                + "summary: An example.\n---\n\nExample text.\n");
        return project;
    }

}
