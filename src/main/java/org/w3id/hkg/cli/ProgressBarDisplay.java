package org.w3id.hkg.cli;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.hkg.pipeline.Progress;

/** A terminal progress bar (me.tongfei:progressbar) with rate and ETA, on standard error. */
final class ProgressBarDisplay implements Progress {
    private final String task;
    private ProgressBar bar;

    ProgressBarDisplay(String task) {
        this.task = task;
    }

    @Override
    public void start(int files) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(files).setUnit(" docs", 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(500)
                .setMaxRenderedLength(100).setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .setEtaFunction(state -> java.util.Optional.of(Duration.ofSeconds(eta(state.getCurrent(), state.getMax(),
                        state.getTotalElapsed().toMillis()))))
                .build();
    }

    private static long eta(long current, long max, long elapsedMs) {
        return current <= 0 ? 0 : (max - current) * elapsedMs / current / 1000;
    }

    @Override
    public synchronized void step() {
        bar.step();
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
        }
    }
}
