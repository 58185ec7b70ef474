package org.betterfactories.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void withoutACommandPrintsUsageAndExitsWithTwo() {
        TestSites.Run run = TestSites.main();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Usage: java -jar target/bfc-site.jar <command>"), run.err());
    }

    @Test
    void helpPrintsUsageToStandardOutputAndExitsWithZero() {
        TestSites.Run run = TestSites.main("help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("build    check everything, then build the site"), run.out());
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        TestSites.Run unknownCommand = TestSites.main("bake");
        assertEquals(2, unknownCommand.exitCode());
        assertTrue(unknownCommand.err().startsWith("error: unknown command `bake`."), unknownCommand.err());
        TestSites.Run unknownOption = TestSites.main("build", "--fast");
        assertEquals(2, unknownOption.exitCode());
        assertEquals("error: unknown option `--fast`. Run `help` for the options.\n", unknownOption.err());
        assertEquals(2, TestSites.main("build", "--out").exitCode());
    }

    @Test
    void aFolderWithoutSiteConfigurationIsAConfigurationError() {
        TestSites.Run run = TestSites.main("check", "--project", TestSites.projectDir().resolve("src").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("site.yml: error: the site configuration file is missing."), run.err());
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorWithoutAStackTrace() {
        for (String port : new String[] {"70000", "0", "-1", "http"}) {
            TestSites.Run run = TestSites.main("serve", "--port", port);
            assertEquals(2, run.exitCode(), port);
            assertEquals("error: --port needs a number from 1 to 65535, e.g. --port 8820\n", run.err(), port);
        }
    }
}
