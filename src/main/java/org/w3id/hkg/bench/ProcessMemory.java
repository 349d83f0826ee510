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

    /**
     * Space a folder takes on disk in MiB, as {@code du -sk} counts it: TDB2 preallocates sparse files,
     * so their apparent length overstates the store. Falls back to the apparent size without {@code du}.
     */
    static double folderMiB(Path dir) throws IOException {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor() == 0 && out.matches("\\d+\\s.*")) {
                return Long.parseLong(out.split("\\s")[0]) / 1024.0;
            }
        } catch (IOException e) {
            // no du: apparent size below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024.0 * 1024.0);
        }
    }
}
