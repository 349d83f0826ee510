package org.w3id.hkg.extract.entity;

import org.w3id.hkg.extract.EntityType;

/**
 * A head word that ends an organisation name (医院, 有限公司, 卫生健康委员会 ...).
 *
 * @param suffix  the head word, simplified Chinese
 * @param type    the type of organisation it names
 * @param placeOk whether a place name alone is a specific enough name part (南京市卫健委)
 * @param legal   whether it is a legal form that may follow another organisation name (X医院有限公司)
 * @param canon   the canonical spelling used for matching variants (卫健委 → 卫生健康委员会)
 */
public record OrgSuffix(String suffix, EntityType type, boolean placeOk, boolean legal, String canon) {
}
