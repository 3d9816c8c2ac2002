package io.dclink.testkit.tck;

/**
 * A group of the compatibility kit: its tests are {@code default} methods of an interface that
 * extends this one, and reach the test's emulator, client and the vendor's hooks through
 * {@link #kit()}. {@link ProviderCompatibilityKit} runs every group as one {@code @Nested} class.
 */
public interface KitGroup {

    /**
     * The fixture of the current test.
     *
     * @return the fixture
     */
    KitFixture kit();
}
