/**
 * JSON for provider plugins: request bodies as trees, answers read strictly and through typed
 * accessors that turn a wrong shape into a protocol error naming the field, and the time formats
 * providers send.
 */
package io.dclink.kit.json;
