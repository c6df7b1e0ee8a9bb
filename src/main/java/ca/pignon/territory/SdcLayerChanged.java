package ca.pignon.territory;

import java.time.Instant;

/**
 * A manager uploaded a new SDC layer: the applications already located must be placed again.
 *
 * @param version the layer's new version
 * @param at when it was uploaded
 */
public record SdcLayerChanged(long version, Instant at) {
}
