/** The alibaba provider plugin (being built; see the project issues). */
package io.dclink.provider.alibaba;
