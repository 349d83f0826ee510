package org.w3id.hkg.extract.relation;

import java.util.List;
import org.w3id.hkg.extract.Fact;

/** One kind of fact read from a document view; implementations are pure and thread-safe. */
public interface FactRule {
    List<Fact> extract(DocumentView document);
}
