package org.hotspot.events.voucher;

import org.hotspot.events.EventType;
import org.hotspot.events.Topics;

/**
 * How far the generation of a batch has come, keyed by batch id, for the dashboard's progress bar.
 * Published as chunks are stored and once more at the end ({@code READY} or {@code FAILED}).
 *
 * @param state {@code GENERATING}, {@code READY} or {@code FAILED}
 */
public record BatchProgress(String batchId, String profileId, String state, int done, int total) {

    public static final EventType<BatchProgress> TYPE =
            new EventType<>("BatchProgress", 1, Topics.VOUCHER_EVENTS, BatchProgress.class);
}
