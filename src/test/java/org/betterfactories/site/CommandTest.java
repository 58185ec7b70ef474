package org.betterfactories.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.betterfactories.site.diag.ProblemPrinter;
import org.junit.jupiter.api.Test;

/** The command line, parsed into a record: every option read, every mistake refused with what to write. */
class CommandTest {

    @Test
    void readsTheCommandAndItsOptions() throws Exception {
        Command c = Command.parse(new String[] {"build", "--project", "/p", "--out", "/w/site", "--production",
                "--timings", "--force"});
        assertEquals("build", c.name());
        assertEquals(Path.of("/p"), c.project());
        assertEquals(Path.of("/w/site"), c.out());
        assertTrue(c.production() && c.timings() && c.force());
        assertEquals(Path.of("/p/target/site"), Command.parse(new String[] {"check", "--project", "/p"}).out());
        assertEquals(ProblemPrinter.Format.GITHUB, Command.parse(new String[] {"check", "--format", "github"}).format());
        assertEquals(ProblemPrinter.Format.TEXT, Command.parse(new String[] {"check"}).format());
        Command serve = Command.parse(new String[] {"serve", "--port", "8821", "--host", "0.0.0.0"});
        assertEquals(8821, serve.port());
        assertEquals("0.0.0.0", serve.host());
        assertEquals(List.of(Path.of("a.md"), Path.of("b.md")),
                Command.parse(new String[] {"mark-translated", "--minor", "a.md", "b.md"}).files());
    }

    @Test
    void refusesWhatItCannotTake() {
        assertEquals("error: unknown command `bake`.",
                assertThrows(Command.UsageException.class, () -> Command.parse(new String[] {"bake"})).getMessage());
        assertTrue(assertThrows(Command.UsageException.class, () -> Command.parse(new String[] {"check", "--format",
                "json"})).getMessage().startsWith("error: --format json is not a format. Write --format text"));
        assertEquals("error: --out needs a folder after it",
                assertThrows(Command.UsageException.class, () -> Command.parse(new String[] {"build", "--out"}))
                        .getMessage());
        assertEquals("error: --production and --drafts cannot go together: drafts are never published.",
                assertThrows(Command.UsageException.class,
                        () -> Command.parse(new String[] {"build", "--drafts", "--production"})).getMessage());
        assertEquals("error: unknown option `a.md`. Run `help` for the options.",
                assertThrows(Command.UsageException.class, () -> Command.parse(new String[] {"build", "a.md"}))
                        .getMessage());
    }
}
