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

/** {@code factiongraph serve}: the REST API and the web UI over the store, on 127.0.0.1 unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/api/v1, OpenAPI at /api/v1/openapi.json) and the web UI over the store.",
                "Binds 127.0.0.1 by default, so only this machine can reach it. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--web-user", defaultValue = "web", paramLabel = "NAME",
            description = "Who changes made through the web UI and REST API are recorded as in the audit log when "
                    + "the request carries no authenticated user (default: ${DEFAULT-VALUE}).")
    String webUser;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535: " + port);
        }
        try (ClaimStore s = store.openForWrite()) {
            IngestCommand.Extractors extractors = new IngestCommand.Extractors();
            DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());
            ServerOptions opts = ServerOptions.of(s).withHost(host).withPort(port)
                    .withIngest(file -> ingestOne(file, readers, extractors, s)).withDefaultActor(webUser);
            FactionGraphServer server = FactionGraphServer.start(opts);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "factiongraph-stop"));
            out.println("FactionGraph serves " + s.documents().size() + " documents from " + store.db + " at http://"
                    + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/  (Ctrl-C to stop)");
            out.flush();
            stopped.await();
            return 0;
        }
    }

    /** The upload hook: read, extract and store one file; a one-line result for the page. */
    static String ingestOne(Path file, DocumentReaders readers, IngestCommand.Extractors extractors, ClaimStore s) {
        Document doc;
        try {
            doc = readers.read(file);
        } catch (IngestException e) {
            throw new IllegalArgumentException(Main.oneLine(e.getMessage()));
        }
        if (s.hasDocument(doc.id())) {
            return "unchanged: already in the store";
        }
        Extraction x = extractors.get().extract(doc);
        SaveOutcome o = s.saveDocument(x.document(), x.entities(), x.claims());
        return o == SaveOutcome.NEW ? "ok: " + x.claims().size() + " claims" : "unchanged: already in the store";
    }
}
