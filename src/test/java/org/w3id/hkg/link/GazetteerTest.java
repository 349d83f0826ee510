package org.w3id.hkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.cli.UserError;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.load(null);

    private String slug(String name) {
        return gazetteer.locate(name).map(Place::slug).orElse("-");
    }

    @Test
    void readsTheMostSpecificAdministrativePrefix() {
        assertEquals("guangdong", slug("广东省青山医院"));
        assertEquals("guangdong", slug("广东青山医疗集团"));
        assertEquals("guangzhou", slug("广州市青山医院"));
        assertEquals("guangzhou", slug("广州青山医院"));
        assertEquals("chengdu", slug("四川省成都市青山医院"));
        assertEquals("chengdu", slug("四川成都青山医院"));
        assertEquals("beijing", slug("北京市卫生健康委员会"));
        assertEquals("neimenggu", slug("内蒙古自治区青山医院"));
        assertEquals("jilin-city", slug("吉林市青山医院"));
        assertEquals("jilin", slug("吉林青山医院"), "a short form shared by a province and a city means the province");
        assertEquals("beijing-chaoyang", slug("北京市朝阳区青山医院"));
        assertEquals("shanghai-pudong", slug("上海浦东新区青山医院"));
        assertEquals("beijing", slug("北京朝阳青山医院"), "districts need their full name");
        assertEquals("-", slug("朝阳区青山医院"), "a district without its municipality is not read");
    }

    @Test
    void leavesNamesWithoutPlaceOrWithExceptionsAlone() {
        assertEquals("-", slug("国家卫生健康委员会"));
        assertEquals("-", slug("中山大学附属第一医院"));
        assertEquals("zhongshan", slug("中山市青山医院"));
        assertEquals("-", slug("阿里健康"), "prefectures without a safe short form need their full name");
        assertEquals("-", slug("广州"), "a bare place name is not an organisation in it");
    }

    @Test
    void placesHaveParentsAndOnlyCertainQids() {
        Place gz = gazetteer.bySlug("guangzhou").orElseThrow();
        assertEquals(Optional.of("guangdong"), gazetteer.parent(gz).map(Place::slug));
        assertEquals("http://www.wikidata.org/entity/Q16572", gz.wikidata());
        assertEquals("", gazetteer.bySlug("taiwan").orElseThrow().wikidata());
        assertEquals(34, gazetteer.places().stream().filter(Place::isProvince).count());
        assertTrue(gazetteer.places().size() > 400);
        assertEquals(Optional.of("chongqing"),
                gazetteer.parent(gazetteer.bySlug("chongqing-wanzhou").orElseThrow()).map(Place::slug));
    }

    @Test
    void badGazetteerLineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("places.tsv");
        Files.writeString(f, String.join("\t", Gazetteer.HEADER) + "\nx\t某省\t\tcounty\t\t\t\n");
        UserError e = assertThrows(UserError.class, () -> Gazetteer.load(f));
        assertTrue(e.getMessage().contains("places.tsv:2:") && e.getMessage().contains("level"), e.getMessage());
    }
}
