package org.w3id.hkg.pipeline;

import java.util.List;
import java.util.Map;

/**
 * Summary of a build.
 *
 * @param read      documents read and stored
 * @param unchanged documents already stored with the same content (nothing changed)
 * @param skipped   one line per skipped or partly read file, naming the file and the reason
 * @param triples   triples in the store after the build
 * @param entities  distinct entities in the store after the build
 * @param seconds   where the time went, by stage (see {@link StageTimes})
 * @param notReached documents the build did not get to because it was asked to stop ({@link StopSignal}); 0
 *                   when it ran to the end
 * @param stopped   whether the build was asked to stop and stopped early (having stored what it read)
 */
public record BuildReport(int read, int unchanged, List<String> skipped, long triples, long entities,
                          Map<StageTimes.Stage, Double> seconds, int notReached, boolean stopped) {
}
