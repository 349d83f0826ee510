package org.w3id.hkg.graph;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Evidence;
import org.w3id.hkg.extract.Extraction;
import org.w3id.hkg.extract.Incident;
import org.w3id.hkg.extract.Listing;
import org.w3id.hkg.extract.Membership;
import org.w3id.hkg.extract.Ownership;
import org.w3id.hkg.extract.Role;
import org.w3id.hkg.extract.Sanction;
import org.w3id.hkg.ingest.DocumentMeta;
import org.w3id.hkg.ingest.SourceDocument;

/** A hand-written document and its extraction, invented for the graph-stage tests. */
public final class Fixtures {
    public static final String TEXT = String.join("\n",
            "兰州华康医疗投资股份有限公司(300999)旗下兰州华康医院加入丝路医疗联盟。",
            "3月2日,兰州华康医院延误救治导致一名患者死亡。",
            "兰州市卫生健康委员会对兰州华康医院给予警告。",
            "董事长王立新表示将全力整改。");

    public static final EntityRef HOSPITAL = new EntityRef("兰州华康医院", EntityType.HOSPITAL);
    public static final EntityRef COMPANY = new EntityRef("兰州华康医疗投资股份有限公司", EntityType.COMPANY);
    public static final EntityRef ALLIANCE = new EntityRef("丝路医疗联盟", EntityType.ALLIANCE);
    public static final EntityRef REGULATOR = new EntityRef("兰州市卫生健康委员会", EntityType.REGULATOR);
    public static final EntityRef PERSON = new EntityRef("王立新", EntityType.PERSON);

    private Fixtures() {
    }

    public static SourceDocument document(String id) {
        return new SourceDocument(id, Path.of(id), "text", "UTF-8", TEXT,
                new DocumentMeta("华康医院事件", LocalDate.of(2023, 3, 5), "西北晨报", "赵一", "https://example.org/a/1",
                        "zh-Hans", "0".repeat(63) + "1"), List.of());
    }

    /** Evidence for line {@code n} (0-based) of {@link #TEXT}. */
    public static Evidence line(int n) {
        String[] lines = TEXT.split("\n");
        int begin = 0;
        for (int i = 0; i < n; i++) {
            begin += lines[i].length() + 1;
        }
        return new Evidence(begin, begin + lines[n].length(), lines[n]);
    }

    public static Extraction extraction(String id) {
        return new Extraction(id,
                List.of(new Entity(HOSPITAL, Set.of("华康医院"), "Lanzhou Huakang Hospital", line(0), 0.9),
                        new Entity(COMPANY, Set.of("华康医疗"), null, line(0), 0.9),
                        new Entity(ALLIANCE, Set.of(), null, line(0), 0.8),
                        new Entity(REGULATOR, Set.of(), null, line(2), 0.9),
                        new Entity(PERSON, Set.of(), null, line(3), 0.7)),
                List.of(new Ownership(HOSPITAL, COMPANY, line(0), 0.9),
                        new Membership(HOSPITAL, ALLIANCE, null, line(0), 0.8),
                        new Listing(COMPANY, "300999", "SZSE", line(0), 0.95),
                        new Incident(HOSPITAL, "death", LocalDate.of(2023, 3, 2), line(1), 0.8),
                        new Sanction(HOSPITAL, "warning", REGULATOR, null, line(2), 0.85),
                        new Role(PERSON, COMPANY, "董事长", line(3), 0.6)));
    }
}
