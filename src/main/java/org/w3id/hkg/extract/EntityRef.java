package org.w3id.hkg.extract;

/** An entity by canonical name (simplified Chinese where it has a Chinese name) and type. */
public record EntityRef(String name, EntityType type) {
}
