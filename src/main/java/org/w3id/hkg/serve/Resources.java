package org.w3id.hkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files of {@code src/main/resources/serve/}: templates, style sheets. */
final class Resources {
    private Resources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/serve/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource serve/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
