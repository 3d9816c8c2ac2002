/**
 * End-to-end tests across providers, through the public API only, on the emulators: they live
 * here because this module is the one whose class path holds every plugin.
 */
package io.dclink.endtoend;
