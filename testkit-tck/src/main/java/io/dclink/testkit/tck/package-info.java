/**
 * The provider compatibility kit (TCK): JUnit 5 tests that a provider plugin and an emulator of its
 * API must pass together. {@link io.dclink.testkit.tck.ProviderCompatibilityKit} is the fixture a
 * vendor extends; each group of tests is an interface of this package (one per capability, plus
 * the checks of the plugin's raw-state tables against its lifecycle, its emulator and its mapping
 * document) run there as a {@code @Nested} class. No test is skipped: where the plugin's
 * capabilities say a feature does not exist, the test checks that the client refuses it locally.
 */
package io.dclink.testkit.tck;
