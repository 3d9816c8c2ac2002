/** The jdcloud provider plugin (being built; see the project issues). */
package io.dclink.provider.jdcloud;
