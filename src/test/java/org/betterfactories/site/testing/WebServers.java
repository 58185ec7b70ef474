package org.betterfactories.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The real web servers of the hosting tests, from Debian's packages (nginx, apache2, caddy), each started on a
 * free loopback port with a configuration of the test's own that includes the file the builder generated,
 * unchanged (nginx: only its {@code listen} and {@code root} lines are set, as the README tells a host to do).
 * Stopped by their process. Without the server a test is skipped with the install command; with
 * {@code BFC_REQUIRE_SERVERS=1} (set by {@code .ci/run}) it fails.
 */
public final class WebServers {
    private WebServers() {
    }

    /** A running server: where it answers, and its log for failure messages. */
    public static final class Running implements AutoCloseable {
        private final Process process;
        private final int port;
        private final Path log;

        Running(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        public String origin() {
            return "http://127.0.0.1:" + port;
        }

        /** What the server wrote to its log and error output so far. */
        public String log() {
            StringBuilder sb = new StringBuilder();
            try (var files = Files.walk(log)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    sb.append("== ").append(f.getFileName()).append('\n').append(Files.readString(f));
                }
            } catch (IOException | UncheckedIOException e) {
                sb.append(e);
            }
            return sb.toString();
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Skips (or, in CI, fails) unless {@code program} is installed. */
    public static Path require(String program, String debianPackage) {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin")) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String message = program + " is not installed: apt-get install " + debianPackage;
        if ("1".equals(System.getenv("BFC_REQUIRE_SERVERS"))) {
            throw new AssertionError(message + " (BFC_REQUIRE_SERVERS=1: the hosting tests must run here)");
        }
        Assumptions.assumeTrue(false, message);
        return null;
    }

    /**
     * nginx with the generated {@code nginx.conf} included in its http block; {@code webRoot} is the folder the
     * site's base path lives in.
     */
    public static Running nginx(Path generated, Path webRoot, Path work) throws IOException {
        Path nginx = require("nginx", "nginx");
        int port = freePort();
        Path conf = Files.createDirectories(work.resolve("nginx"));
        String site = Files.readString(generated);
        site = replaceOnce(site, "    listen 80;\n", "    listen 127.0.0.1:" + port + ";\n");
        site = replaceOnce(site, "    root /var/www/html;\n", "    root " + webRoot + ";\n");
        Files.writeString(conf.resolve("bfc.conf"), site);
        Files.writeString(conf.resolve("nginx.conf"), "daemon off;\nworker_processes 1;\npid " + conf.resolve("nginx.pid")
                + ";\nerror_log " + conf.resolve("error.log") + " warn;\n"
                + (isRoot() ? "user root;\n" : "")
                + "events { worker_connections 64; }\nhttp {\n"
                + "    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
                + "    access_log off;\n"
                + "    client_body_temp_path " + conf.resolve("body") + ";\n"
                + "    proxy_temp_path " + conf.resolve("proxy") + ";\n"
                + "    fastcgi_temp_path " + conf.resolve("fastcgi") + ";\n"
                + "    uwsgi_temp_path " + conf.resolve("uwsgi") + ";\n"
                + "    scgi_temp_path " + conf.resolve("scgi") + ";\n"
                + "    include " + conf.resolve("bfc.conf") + ";\n}\n");
        Process p = new ProcessBuilder(nginx.toString(), "-p", conf.toString(), "-c", conf.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(conf.resolve("stdout.log").toFile()).start();
        return waitUntilListening(p, port, conf);
    }

    /**
     * Apache httpd 2.4 serving {@code webRoot}, with {@code AllowOverride All} and the modules the README names,
     * so that the site's own {@code .htaccess} does the work.
     */
    public static Running apache(Path webRoot, Path work) throws IOException {
        Path httpd = require("apache2", "apache2");
        int port = freePort();
        Path conf = Files.createDirectories(work.resolve("apache"));
        String modules = "/usr/lib/apache2/modules/";
        StringBuilder sb = new StringBuilder();
        sb.append("ServerRoot ").append(conf).append('\n')
                .append("ServerName 127.0.0.1\n")
                .append("Listen 127.0.0.1:").append(port).append('\n')
                .append("PidFile ").append(conf.resolve("httpd.pid")).append('\n')
                .append("DefaultRuntimeDir ").append(conf).append('\n')
                .append("ErrorLog ").append(conf.resolve("error.log")).append('\n')
                .append("LogLevel warn\n");
        for (String m : List.of("mpm_event", "authz_core", "dir", "mime", "headers", "rewrite", "setenvif",
                "deflate", "filter")) {
            sb.append("LoadModule ").append(m).append("_module ").append(modules).append("mod_").append(m).append(".so\n");
        }
        if (isRoot()) {
            sb.append("User www-data\nGroup www-data\n");
        }
        sb.append("TypesConfig /etc/mime.types\n")
                .append("DocumentRoot ").append(webRoot).append('\n')
                .append("<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>\n")
                .append("<Directory ").append(webRoot).append(">\n  AllowOverride All\n  Require all granted\n</Directory>\n");
        Files.writeString(conf.resolve("httpd.conf"), sb.toString());
        Process p = new ProcessBuilder(httpd.toString(), "-f", conf.resolve("httpd.conf").toString(), "-DFOREGROUND")
                .redirectErrorStream(true).redirectOutput(conf.resolve("stdout.log").toFile()).start();
        return waitUntilListening(p, port, conf);
    }

    /** Caddy with the generated Caddyfile imported unchanged; address and root come from its variables. */
    public static Running caddy(Path generated, Path webRoot, Path work) throws IOException {
        Path caddy = require("caddy", "caddy");
        int port = freePort();
        Path conf = Files.createDirectories(work.resolve("caddy"));
        Files.writeString(conf.resolve("Caddyfile"), "{\n\tadmin off\n}\nimport " + generated + "\n");
        ProcessBuilder b = new ProcessBuilder(caddy.toString(), "run", "--config", conf.resolve("Caddyfile").toString(),
                "--adapter", "caddyfile").redirectErrorStream(true).redirectOutput(conf.resolve("stdout.log").toFile());
        Map<String, String> env = b.environment();
        env.put("BFC_ADDRESS", "http://127.0.0.1:" + port);
        env.put("BFC_WEB_ROOT", webRoot.toString());
        env.put("HOME", conf.toString());
        env.put("XDG_DATA_HOME", conf.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", conf.resolve("config").toString());
        return waitUntilListening(b.start(), port, conf);
    }

    /** Lets a server running as another user read the site: folders 0755 up from {@code dir}, as a host's are. */
    public static void readableByAll(Path dir) throws IOException {
        for (Path d = dir; d != null && !d.equals(Path.of("/tmp")) && !d.equals(Path.of("/")); d = d.getParent()) {
            try {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                break; // not ours: as it is
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String replaceOnce(String text, String line, String with) {
        int at = text.indexOf(line);
        if (at < 0 || text.indexOf(line, at + 1) >= 0) {
            throw new AssertionError("expected the line `" + line.strip() + "` once in:\n" + text);
        }
        return text.replace(line, with);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static Running waitUntilListening(Process p, int port, Path log) throws IOException {
        Running running = new Running(p, port, log);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                String output = running.log();
                running.close();
                throw new AssertionError("the server stopped at once:\n" + output);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return running;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        String output = running.log();
        running.close();
        throw new AssertionError("the server did not listen on " + port + " within 20 s:\n" + output);
    }
}
