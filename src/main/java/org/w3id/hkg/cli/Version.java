package org.w3id.hkg.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Hkg.class.getPackage().getImplementationVersion();
        return new String[]{"hkg " + (v == null ? "development" : v)};
    }
}
