package org.w3id.hkg.serve;

import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension: the sample dataset served on a free loopback port for the tests of a class, stopped
 * and freed after them. Use as {@code @RegisterExtension static final RunningServer SERVER = ...}.
 */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {
    private final Duration timeout;
    private Dataset dataset;
    private HkgServer server;

    RunningServer(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        dataset = SampleData.load();
        server = HkgServer.builder().dataset(dataset).port(0).timeout(timeout).build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
        if (dataset != null) {
            dataset.close();
        }
    }

    Dataset dataset() {
        return dataset;
    }

    HkgServer server() {
        return server;
    }

    /** Root URL, ending in '/'. */
    String url() {
        return server.url();
    }
}
