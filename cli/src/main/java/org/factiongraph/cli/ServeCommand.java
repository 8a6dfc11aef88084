package org.factiongraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.factiongraph.extract.Extraction;
import org.factiongraph.ingest.DocumentReaders;
import org.factiongraph.ingest.IngestException;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.model.Document;
import org.factiongraph.server.FactionGraphServer;
import org.factiongraph.server.ServerOptions;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.SaveOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factiongraph serve}: the REST API and the web UI over the store, on 127.0.0.1 unless {@code --public}.
 * Changes always need a logged-in analyst; with {@code --public} reads need a login too, and the server refuses to
 * start until an admin account exists.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/api/v1, OpenAPI at /api/v1/openapi.json) and the web UI over the store.",
                "Binds 127.0.0.1 by default, so only this machine can reach it; reads are open there, changes "
                        + "(uploads, reviews) need a login as analyst or admin.",
                "--public binds 0.0.0.0 (or --host) for other machines; then every read needs a login too, and an "
                        + "admin account must exist ('factiongraph users add NAME --role admin'). Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: 127.0.0.1, or "
            + "0.0.0.0 with --public). An address other machines can reach needs --public.")
    String host;

    @Option(names = "--public", description = "Serve other machines: bind 0.0.0.0 unless --host says otherwise and "
            + "require a login for every request under /api/v1 (needs an admin account).")
    boolean publicMode;

    @Mixin
    ParseOption parseOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535: " + port);
        }
        String bind = host != null && !host.isBlank() ? host.strip() : publicMode ? "0.0.0.0" : "127.0.0.1";
        if (!publicMode && !isLoopback(bind)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--host " + bind
                    + " can be reached from other machines: add --public (which requires logins and an admin "
                    + "account)");
        }
        try (ClaimStore s = publicMode ? store.openExisting() : store.openForWrite()) {
            if (publicMode && !s.accounts().hasAdmin()) {
                throw CliException.badInput("serve --public needs an admin account first: factiongraph users add "
                        + "NAME --role admin --db " + store.db);
            }
            IngestCommand.Extractors extractors = parseOption.extractors();
            DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());
            Resolving resolving = new Resolving(s);
            ServerOptions opts = ServerOptions.of(s).withHost(bind).withPort(port).withAnonymousReads(!publicMode)
                    .withIngest(file -> ingestOne(file, readers, extractors, resolving, s));
            FactionGraphServer server = FactionGraphServer.start(opts);
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "factiongraph-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                out.println("FactionGraph serves " + s.documents().size() + " documents from " + store.db
                        + " at http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/  "
                        + (publicMode ? "(public: every request needs a login; " : "(") + "Ctrl-C to stop)");
                out.flush();
                stopped.await();
            } catch (InterruptedException stop) {
                // interrupted by whoever runs it in-process: a stop like Ctrl-C, acted on here (the flag is not
                // set again, or stopping Jetty below would be cut short)
            } finally {
                server.stop();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it stops the server itself
                }
            }
            return 0;
        }
    }

    /** True when {@code host} is a loopback address (127.0.0.0/8, ::1) or a name that resolves to one. */
    static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            throw CliException.badInput("unknown host: " + host);
        }
    }

    /** The upload hook: read, extract and store one file; a one-line result for the page. */
    static String ingestOne(Path file, DocumentReaders readers, IngestCommand.Extractors extractors,
                            Resolving resolving, ClaimStore s) {
        Document doc;
        try {
            doc = readers.read(file);
        } catch (IngestException e) {
            throw new IllegalArgumentException(Main.oneLine(e.getMessage()));
        }
        if (s.hasDocument(doc.id())) {
            return "unchanged: already in the store";
        }
        Extraction x = resolving.resolve(extractors.get().extract(doc), extractors.get());
        SaveOutcome o = s.saveDocument(x.document(), x.entities(), x.claims());
        return o == SaveOutcome.NEW ? "ok: " + x.claims().size() + " claims" : "unchanged: already in the store";
    }
}
