/**
 * The provider compatibility kit (TCK): abstract JUnit 5 tests, in {@code @Nested} groups per
 * capability, that a provider plugin and an emulator of its API must pass together. A group is
 * skipped only when the plugin's capabilities say the feature does not exist.
 */
package io.dclink.testkit.tck;
