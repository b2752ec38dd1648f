package app.relay.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the test's own, on a free port, made with the project's script: fault tests
 * stop and start it at will, never the cluster that `make run` or the rest of the suite uses.
 */
public class ThrowawayPostgres implements QuarkusTestResourceLifecycleManager {
    private static Path state;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            state = Files.createTempDirectory("relay-fault-");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run("start");
            run("createdb", "relay_fault");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/relay_fault",
                // Fail fast while the database is away, rather than hold requests for the default 5 s.
                "quarkus.datasource.jdbc.acquisition-timeout", "1S");
    }

    @Override
    public void stop() {
        run("stop");
        try {
            new ProcessBuilder("rm", "-rf", "/var/tmp/" + state.getFileName(), state.toString()).start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void stopServer() {
        run("stop");
    }

    static void startServer() {
        run("start");
    }

    private static void run(String... args) {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = Path.of("..", "scripts", "pg.sh").toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("RELAY_PG_PORT", Integer.toString(port));
        builder.environment().put("RELAY_STATE_DIR", state.toString());
        builder.environment().put("RELAY_PG_DIR", "/var/tmp/" + state.getFileName());
        try {
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg.sh " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
