package org.betterfactories.site.render.jbake;

import java.util.ArrayList;
import java.util.List;

import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Receives Asciidoctor's messages (missing includes, unknown attributes ...) so that they become problems
 * at the AsciiDoc file's line instead of log lines. AsciidoctorJ finds this class through
 * {@code META-INF/services/org.asciidoctor.log.LogHandler}; messages are kept per thread, for the file that
 * thread is converting.
 */
public final class AsciidoctorLog implements LogHandler {
    private static final ThreadLocal<List<LogRecord>> RECORDS = ThreadLocal.withInitial(ArrayList::new);
    private static final ThreadLocal<List<Refusal>> REFUSALS = ThreadLocal.withInitial(ArrayList::new);

    /**
     * What the builder itself refused while Asciidoctor converted a file on this thread (an include from
     * outside the allowed folders).
     *
     * @param file the file holding the directive, or null for the document being converted
     * @param line its line, 1-based
     */
    record Refusal(String file, int line, String message, String fix) {
    }

    /** Records a refusal for the file being converted on this thread. */
    static void refuse(String file, int line, String message, String fix) {
        REFUSALS.get().add(new Refusal(file, line, message, fix));
    }

    /** The refusals on this thread since {@link #start()}. */
    static List<Refusal> refusals() {
        List<Refusal> r = List.copyOf(REFUSALS.get());
        REFUSALS.get().clear();
        return r;
    }

    @Override
    public void log(LogRecord record) {
        if (record.getSeverity() != Severity.DEBUG && record.getSeverity() != Severity.INFO) {
            RECORDS.get().add(record);
        }
    }

    /** Starts collecting for a new file on this thread. */
    static void start() {
        RECORDS.get().clear();
        REFUSALS.get().clear();
    }

    /** What Asciidoctor said on this thread since {@link #start()}. */
    static List<LogRecord> drain() {
        List<LogRecord> records = List.copyOf(RECORDS.get());
        RECORDS.get().clear();
        return records;
    }
}
