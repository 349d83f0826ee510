package org.w3id.hkg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** The hand-made test dataset ({@code serve/sample.trig}) in an in-memory TDB2 with union default graph. */
final class SampleData {
    private SampleData() {
    }

    static Dataset load() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds,
                SampleData.class.getResourceAsStream("/serve/sample.trig"), Lang.TRIG));
        return ds;
    }
}
