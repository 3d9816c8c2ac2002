/** The dclink command line (being built; see the project issues). */
package io.dclink.cli;
