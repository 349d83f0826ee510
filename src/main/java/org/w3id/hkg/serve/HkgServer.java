package org.w3id.hkg.serve;

import java.net.BindException;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.hkg.vocab.HKG;

/**
 * The hkg web server: an embedded, read-only Fuseki with the dataset at {@code /hkg} (SPARQL query at
 * {@code /hkg/sparql} and {@code /hkg/query}, Graph Store Protocol read at {@code /hkg/get} and
 * {@code /hkg/data}, all over the union graph), the Fuseki UI at {@code /}, and the linked-data pages
 * (entity pages with content negotiation, the landing page {@code /about}, {@code /health},
 * {@code /.well-known/void}).
 *
 * <pre>{@code
 * try (HkgServer server = HkgServer.builder().dataset(store.dataset()).port(0).build().start()) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class HkgServer implements AutoCloseable {
    /** Name of the dataset in URLs ({@code /hkg/sparql}). */
    public static final String DATASET_NAME = "hkg";

    private final FusekiServer fuseki;
    private final String host;

    private HkgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** A new builder: 127.0.0.1, port 3030, 30 s timeout, default base. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; throws {@link PortInUseException} when the port is taken. */
    public HkgServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                fuseki.stop();
                throw new PortInUseException(host, fuseki.getPort(), e);
            }
            throw e;
        }
        return this;
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Root URL of the server, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            h = "127.0.0.1";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** URL of the SPARQL query endpoint. */
    public String sparqlUrl() {
        return url() + DATASET_NAME + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the dataset stays open (its owner closes it). */
    @Override
    public void close() {
        fuseki.stop();
    }

    /** Thrown by {@link #start()} when the address is already in use. */
    public static final class PortInUseException extends RuntimeException {
        PortInUseException(String host, int port, Throwable cause) {
            super("port " + port + " on " + host + " is already in use", cause);
        }
    }

    /** Builder of {@link HkgServer}. */
    public static final class Builder {
        private Dataset dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);
        private String base = HKG.DEFAULT_BASE;

        private Builder() {
        }

        /** The dataset to serve (its default graph should be the union of the named graphs). */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset);
            return this;
        }

        /** Address to bind; default 127.0.0.1. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** Port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Query timeout for SPARQL requests and the pages. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Base of the instance IRIs; paths under it are served from the server root. */
        public Builder base(String base) {
            this.base = base.endsWith("/") ? base : base + "/";
            return this;
        }

        /** Builds the server without starting it. */
        public HkgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset");
            }
            ServeContext ctx = new ServeContext(dataset, base, timeout);
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .enablePing(true)
                    .enableCors(false, null)
                    .fusekiModules(FusekiModules.create(new ReadOnlyUiModule(), FMod_UI.create()))
                    .add("/" + DATASET_NAME, readOnlyService(ctx));
            WebRoutes.install(fb, ctx);
            FusekiServer server = fb.build();
            bindHost(server, host);
            return new HkgServer(server, host);
        }

        /** Rows a sort or DISTINCT of one query keeps in memory before spilling to disk. */
        static final long SPILL_ROWS = 20_000;

        private DataService readOnlyService(ServeContext ctx) {
            Context timeoutCtx = new Context();
            timeoutCtx.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            // ORDER BY and DISTINCT keep at most this many rows in memory and spill the rest to disk,
            // so concurrent large answers cannot exhaust the heap
            timeoutCtx.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
            DataService.Builder ds = DataService.newBuilder(dataset.asDatasetGraph());
            for (String name : new String[] {"sparql", "query", ""}) {
                ds.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name)
                        .context(timeoutCtx).build());
            }
            for (String name : new String[] {"get", "data", ""}) {
                ds.addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName(name)
                        .context(timeoutCtx).build());
            }
            return ds.build();
        }

        private static void bindHost(FusekiServer server, String host) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
        }
    }
}
