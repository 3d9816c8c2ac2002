/** JSON for provider plugins: one lenient Jackson configuration, and the time formats providers send. */
package io.dclink.core.json;
