package org.w3id.hkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident set size of this process, from Linux's {@code /proc/self/status} (VmHWM). */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** Resets the peak to the current RSS (writes "5" to /proc/self/clear_refs); false where unsupported. */
    static boolean resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Peak RSS in MiB since start or the last {@link #resetPeak()}, or -1 when unknown. */
    static long peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Size on disk of a folder in MiB. */
    static double folderMiB(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024.0 * 1024.0);
        }
    }
}
