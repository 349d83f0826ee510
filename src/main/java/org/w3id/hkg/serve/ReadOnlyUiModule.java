package org.w3id.hkg.serve;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * What the Fuseki UI module ({@code FMod_UI}) needs without the (writable) admin module: the
 * server-control servlet attribute it looks for, and the read-only {@code /$/server} status the UI lists
 * datasets from. Must come before {@code FMod_UI} in the module list.
 */
final class ReadOnlyUiModule implements FusekiModule {
    /** Servlet attribute name that the admin module normally sets. */
    static final String SERVER_CTL = "org.apache.jena.fuseki:ServerCtl";

    @Override
    public String name() {
        return "hkg read-only UI support";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // A server-control object with a base area that holds no "webapp" folder, so that the UI module
        // serves its files from the jar. setup() is never called: nothing is written to disk.
        Path noBase = Path.of(System.getProperty("java.io.tmpdir"), "hkg-serve-no-fuseki-base");
        builder.addServletAttribute(SERVER_CTL, new FusekiServerCtl(noBase));
        builder.addServlet("/$/server", new ActionServerStatus());
    }
}
