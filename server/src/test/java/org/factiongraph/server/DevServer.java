package org.factiongraph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factiongraph.store.ClaimStore;

/**
 * Serves the hand-made {@link TestWorld} on a port (default 7071) until killed, for looking at the UI by hand:
 * {@code java -cp ... org.factiongraph.server.DevServer [port]}.
 */
public final class DevServer {
    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("fg-dev");
        ClaimStore store = ClaimStore.openSqlite(dir.resolve("dev.db"));
        TestWorld.fill(store);
        FactionGraphServer.start(ServerOptions.of(store).withPort(args.length > 0 ? Integer.parseInt(args[0]) : 7071)
                .withIngest(TestWorld.ingestHook(store)));
    }
}
