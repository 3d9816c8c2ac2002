package io.dclink.model;

/**
 * A geographic position.
 *
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record Coordinates(double latitude, double longitude) {
}
