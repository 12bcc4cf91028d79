package org.helplinelogbook.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The moving bar of a wait of about a second (signing in, unlocking): a short segment that sweeps along a track in
 * steps, {@value #STEPS_PER_SECOND} a second, only while it is shown.
 *
 * <p>Why not JavaFX's indeterminate {@code ProgressBar}: it animates on every frame, and where the window is drawn
 * in software (a laptop without graphics acceleration, a remote desktop; Xvfb in the benchmark) each frame is a copy
 * of the whole window. During a sign-in that drawing took 150–250 ms of CPU, on a 2-core machine as much again as the
 * key derivation's own share of the wait (docs/benchmarks.md, "Sign-in in a fresh start", fifth round). Stepped, the
 * window is drawn only when the segment moves.
 */
public final class BusyBar extends Region {

    static final int STEPS_PER_SECOND = 12;
    /** One sweep in two seconds, as the theme's indeterminate bar. */
    static final int STEPS_PER_SWEEP = 2 * STEPS_PER_SECOND;
    private static final double SEGMENT_SHARE = 0.3;

    private final Region segment = new Region();
    private final Rectangle clip = new Rectangle();
    private final Timeline sweep;
    private int step;

    public BusyBar() {
        getStyleClass().add("busy-bar");
        segment.getStyleClass().add("segment");
        segment.setManaged(false);
        getChildren().add(segment);
        setClip(clip);
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
        sweep = new Timeline(new KeyFrame(Duration.seconds(1.0 / STEPS_PER_SECOND), e -> advance()));
        sweep.setCycleCount(Animation.INDEFINITE);
        visibleProperty().addListener((o, was, is) -> playWhileShown());
        sceneProperty().addListener((o, was, is) -> playWhileShown());
    }

    private void playWhileShown() {
        if (isVisible() && getScene() != null) {
            step = 0;
            requestLayout();
            sweep.play();
        } else {
            sweep.stop();
        }
    }

    private void advance() {
        step = (step + 1) % STEPS_PER_SWEEP;
        requestLayout();
    }

    /** Whether the segment is moving (tests). */
    boolean isSweeping() {
        return sweep.getStatus() == Animation.Status.RUNNING;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        clip.setWidth(width);
        clip.setHeight(height);
        double segmentWidth = width * SEGMENT_SHARE;
        // From just outside the left edge to just outside the right one.
        double x = -segmentWidth + (width + segmentWidth) * step / (STEPS_PER_SWEEP - 1);
        segment.resizeRelocate(snapPositionX(x), 0, snapSizeX(segmentWidth), height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + 6;
    }

    @Override
    public String getUserAgentStylesheet() {
        return Theme.besides(BusyBar.class, "busy-bar.css");
    }
}
